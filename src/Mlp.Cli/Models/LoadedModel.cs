using Mlp.Data;
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

    /// <summary>Reads a model file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid model.</exception>
    public static LoadedModel Load(string path) => From(ModelFile.Load(path));

    /// <summary>Wraps a saved model of either precision.</summary>
    public static LoadedModel From(SavedModel model) => model switch
    {
        SavedModel<float> single => new LoadedModel<float>(single),
        SavedModel<double> @double => new LoadedModel<double>(@double),
        _ => throw new ArgumentException($"Unsupported model precision {model.Dtype}.", nameof(model)),
    };

    /// <summary>Applies the model's input scaling, if any, to raw rows.</summary>
    public Dataset Scale(Dataset raw) => Saved.Scaler?.Transform(raw) ?? raw;

    /// <summary>Writes the model file, atomically.</summary>
    public abstract void Save(string path);

    /// <summary>Returns the weights of layer <paramref name="layer"/> as double, row-major [units, inputs].</summary>
    public abstract double[] Weights(int layer);

    /// <summary>Returns the biases of layer <paramref name="layer"/> as double.</summary>
    public abstract double[] Biases(int layer);

    /// <summary>Predicts the class label of every scaled row.</summary>
    public abstract string[] PredictLabels(Dataset scaled);

    /// <summary>Returns the probability of every class for every scaled row, [rows, classes].</summary>
    public abstract double[,] PredictProbabilities(Dataset scaled);

    /// <summary>Predicts every output of every scaled row, [rows, outputs].</summary>
    public abstract double[,] PredictValues(Dataset scaled);
}
