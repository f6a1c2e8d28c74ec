using Mlp.Data;
using Mlp.Estimators;
using Mlp.Models;
using Mlp.Networks;

namespace Mlp.Cli.Models;

/// <summary>
/// A saved model in either precision behind one interface, so commands can predict, save and
/// draw it without knowing whether its weights are float or double.
/// </summary>
internal abstract class LoadedModel
{
    /// <summary>The model with its scaler and metrics.</summary>
    public abstract SavedModel Saved { get; }

    public bool IsClassifier => Saved.IsClassifier;

    /// <summary>Class labels in output order; empty for a regressor.</summary>
    public abstract IReadOnlyList<string> Classes { get; }

    /// <summary>Layer sizes and activations of the network.</summary>
    public abstract NetworkShape Shape { get; }

    public int InputCount => Shape.InputCount;

    /// <summary>The options the estimator was trained with.</summary>
    public abstract Mlp.Training.TrainingOptions Options { get; }

    public abstract IReadOnlyList<double> LossCurve { get; }

    public abstract IReadOnlyList<double>? ValidationScores { get; }

    /// <summary>The model file the model was read from; null for a model built in memory.</summary>
    public string? FilePath { get; init; }

    /// <summary>The model file, or "the model" when it was built in memory, for messages.</summary>
    public string Name => FilePath ?? "the model";

    /// <summary>Reads a model file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid model.</exception>
    public static LoadedModel Load(string path) => From(ModelFile.Load(path), path);

    /// <summary>Wraps a saved model of either precision.</summary>
    /// <param name="model">The model.</param>
    /// <param name="filePath">The file it was read from, for messages; null for none.</param>
    public static LoadedModel From(SavedModel model, string? filePath = null) => model switch
    {
        SavedModel<float> single => new LoadedModel<float>(single) { FilePath = filePath },
        SavedModel<double> @double => new LoadedModel<double>(@double) { FilePath = filePath },
        _ => throw new ArgumentException($"Unsupported model precision {model.Dtype}.", nameof(model)),
    };

    /// <summary>Applies the model's input scaling, if any, to raw rows.</summary>
    /// <exception cref="InvalidDataException">
    /// A feature scales to ±∞; the message names the row, the feature and the model file.
    /// </exception>
    public Dataset Scale(Dataset raw)
    {
        if (Saved.Scaler is not { } scaler)
        {
            return raw;
        }

        var scaled = scaler.Transform(raw);
        var index = Array.FindIndex(scaled.Features, value => !double.IsFinite(value));
        if (index >= 0)
        {
            var (row, j) = Math.DivRem(index, raw.FeatureCount);
            throw new InvalidDataException(
                $"{raw.Name}, data row {row + 1}: feature \"{raw.FeatureNames[j]}\" is " +
                $"{raw.Features[index]:R}, which the {scaler.Method} scaling in {Name}, " +
                $"(x − {scaler.Offsets[j]:R}) / {scaler.Scales[j]:R}, takes to {scaled.Features[index]}. " +
                "Check the value; if it is right, the model file's input.scaling may be damaged.");
        }

        return scaled;
    }

    /// <summary>Writes the model file, atomically.</summary>
    public abstract void Save(string path);

    /// <summary>Returns the weights of layer <paramref name="layer"/> as double, row-major [units, inputs].</summary>
    public abstract double[] Weights(int layer);

    /// <summary>Returns the biases of layer <paramref name="layer"/> as double.</summary>
    public abstract double[] Biases(int layer);

    /// <summary>Predicts the class label of every scaled row.</summary>
    /// <param name="scaled">Scaled rows.</param>
    /// <param name="firstRow">Index, from 0, of the first of these rows in the data, for messages.</param>
    /// <exception cref="InvalidDataException">An output of the network is NaN or infinite.</exception>
    public string[] PredictLabels(Dataset scaled, int firstRow = 0) =>
        CheckOutputs(() => PredictLabelsCore(scaled), scaled.Name, firstRow);

    /// <summary>Returns the probability of every class for every scaled row, [rows, classes].</summary>
    /// <inheritdoc cref="PredictLabels" path="/param"/>
    /// <exception cref="InvalidDataException">An output of the network is NaN or infinite.</exception>
    public double[,] PredictProbabilities(Dataset scaled, int firstRow = 0) =>
        CheckOutputs(() => PredictProbabilitiesCore(scaled), scaled.Name, firstRow);

    /// <summary>Predicts every output of every scaled row, [rows, outputs].</summary>
    /// <inheritdoc cref="PredictLabels" path="/param"/>
    /// <exception cref="InvalidDataException">An output of the network is NaN or infinite.</exception>
    public double[,] PredictValues(Dataset scaled, int firstRow = 0) =>
        CheckOutputs(() => PredictValuesCore(scaled), scaled.Name, firstRow);

    private protected abstract string[] PredictLabelsCore(Dataset scaled);

    private protected abstract double[,] PredictProbabilitiesCore(Dataset scaled);

    private protected abstract double[,] PredictValuesCore(Dataset scaled);

    /// <summary>
    /// Runs a prediction and turns the library's report of a NaN or infinite output into a
    /// message that names the data row and the model file.
    /// </summary>
    private TResult CheckOutputs<TResult>(Func<TResult> predict, string dataName, int firstRow)
    {
        try
        {
            return predict();
        }
        catch (NonFiniteOutputException exception)
        {
            throw new InvalidDataException(
                $"{dataName}, data row {firstRow + exception.Row + 1}: output {exception.Output} of the " +
                $"network in {Name} is {exception.Value}, so the row cannot be predicted. The model " +
                "file may be damaged or come from a training run that diverged, or the row's features " +
                "may be far outside the training range; check the row, or train and save the model again.",
                exception);
        }
    }
}
