using System.Numerics;
using Mlp.Activations;
using Mlp.Data;
using Mlp.Metrics;
using Mlp.Models;
using Mlp.Randomness;
using Mlp.Training;

namespace Mlp.Estimators;

/// <summary>
/// A multilayer perceptron classifier with the semantics of scikit-learn 1.2's
/// <c>MLPClassifier</c> (stochastic solvers): same initial weights, shuffles, losses, updates
/// and stopping rule for the same options and data.
/// </summary>
/// <remarks>
/// Classes are sorted as scikit-learn sorts them (<see cref="ClassLabels"/>). With more than two
/// classes the output is a softmax trained on log-loss; with two, one logistic unit trained on
/// binary log-loss, while <see cref="PredictProba(Dataset)"/> still returns a column per class.
/// Accuracy scores the early-stopping validation rows, which are stratified by class only for
/// two classes, as in scikit-learn.
/// </remarks>
/// <typeparam name="T">float or double.</typeparam>
public class MlpClassifier<T> : MlpEstimator<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private ClassLabels? labels;

    /// <summary>Creates an unfitted classifier.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message lists every problem.</exception>
    public MlpClassifier(TrainingOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Class labels in their sorted order (<c>classes_</c>); empty before fitting.</summary>
    public IReadOnlyList<string> Classes => labels?.Classes ?? [];

    private protected override OutputActivation OutputActivation =>
        labels!.Count == 2 ? OutputActivation.Logistic : OutputActivation.Softmax;

    /// <summary>
    /// Reads a classifier from a model file written by <see cref="MlpEstimator{T}.Save(string)"/>.
    /// </summary>
    /// <remarks>
    /// The weights are converted to <typeparamref name="T"/>: a float32 file loads into double
    /// exactly, and a float64 file loads into float rounded to the nearest float. A model whose
    /// file also holds input scaling must be loaded with <see cref="ModelFile.Load(string)"/>,
    /// which returns the scaler to apply before <c>Predict</c>.
    /// </remarks>
    /// <exception cref="FileNotFoundException">No file exists at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">
    /// The file is not a valid model file, holds a regressor, or holds input scaling; the message
    /// names what is wrong.
    /// </exception>
    public static MlpClassifier<T> Load(string path) =>
        ModelFile.LoadEstimator<T, MlpClassifier<T>>(path, "a classifier");

    /// <summary>Sets the classes of a classifier read from a model file.</summary>
    internal void RestoreClasses(ClassLabels classes) => labels = classes;

    /// <summary>Trains on the rows of <paramref name="data"/>, whose targets are class labels.</summary>
    /// <exception cref="ArgumentException">
    /// Fewer than two classes, a non-finite feature, or data that does not fit a warm start.
    /// </exception>
    /// <exception cref="TrainingDivergedException">The loss or a weight became NaN or infinite.</exception>
    public TrainingResult Fit(
        Dataset data,
        IProgress<EpochProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Fit(
            data.Features,
            data.FeatureCount,
            data.Targets,
            null,
            incremental: false,
            progress,
            cancellationToken,
            data);
    }

    /// <summary>Trains on a feature matrix [rows, features] and one label per row.</summary>
    /// <exception cref="ArgumentException">
    /// See <see cref="Fit(Dataset, IProgress{EpochProgress}?, CancellationToken)"/>.
    /// </exception>
    /// <exception cref="TrainingDivergedException">The loss or a weight became NaN or infinite.</exception>
    public TrainingResult Fit(
        double[,] features,
        IReadOnlyList<string> targets,
        IProgress<EpochProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(features);
        var flat = FeatureConversion.Flatten(features);
        return Fit(flat, features.GetLength(1), targets, null, false, progress, cancellationToken);
    }

    /// <summary>Runs one epoch on the rows, initialising the network on the first call (<c>partial_fit</c>).</summary>
    /// <param name="data">Rows to train on.</param>
    /// <param name="classes">Every class that can occur; required on the first call.</param>
    /// <param name="cancellationToken">Stops the epoch after the current batch.</param>
    /// <exception cref="ArgumentException">No classes on the first call, or a label not among them.</exception>
    /// <exception cref="TrainingDivergedException">The loss or a weight became NaN or infinite.</exception>
    public TrainingResult PartialFit(
        Dataset data,
        IReadOnlyList<string>? classes = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Fit(
            data.Features,
            data.FeatureCount,
            data.Targets,
            classes,
            incremental: true,
            null,
            cancellationToken,
            data);
    }

    /// <summary>
    /// Runs one epoch on a feature matrix [rows, features] and one label per row
    /// (<c>partial_fit</c>).
    /// </summary>
    /// <exception cref="ArgumentException">No classes on the first call, or a label not among them.</exception>
    /// <exception cref="TrainingDivergedException">The loss or a weight became NaN or infinite.</exception>
    public TrainingResult PartialFit(
        double[,] features,
        IReadOnlyList<string> targets,
        IReadOnlyList<string>? classes = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(features);
        var flat = FeatureConversion.Flatten(features);
        return Fit(flat, features.GetLength(1), targets, classes, true, null, cancellationToken);
    }

    /// <summary>Predicts the class label of every row.</summary>
    /// <exception cref="InvalidOperationException">The classifier is not fitted.</exception>
    /// <exception cref="NonFiniteOutputException">An output of the network is NaN or infinite.</exception>
    /// <exception cref="ArgumentException">The data has another number of features than the training data.</exception>
    public string[] Predict(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Predict(data.Features, data.FeatureCount, nameof(data));
    }

    /// <summary>Predicts the class label of every row of a feature matrix [rows, features].</summary>
    /// <exception cref="InvalidOperationException">The classifier is not fitted.</exception>
    /// <exception cref="NonFiniteOutputException">An output of the network is NaN or infinite.</exception>
    /// <exception cref="ArgumentException">
    /// The matrix has another number of features than the training data.
    /// </exception>
    public string[] Predict(double[,] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return Predict(FeatureConversion.Flatten(features), features.GetLength(1), nameof(features));
    }

    /// <summary>Returns the probability of every class for every row, shape [rows, classes].</summary>
    /// <exception cref="InvalidOperationException">The classifier is not fitted.</exception>
    /// <exception cref="NonFiniteOutputException">An output of the network is NaN or infinite.</exception>
    /// <exception cref="ArgumentException">The data has another number of features than the training data.</exception>
    public double[,] PredictProba(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return PredictProba(data.Features, data.FeatureCount, nameof(data));
    }

    /// <summary>Returns the probability of every class for every row of a feature matrix.</summary>
    /// <exception cref="InvalidOperationException">The classifier is not fitted.</exception>
    /// <exception cref="NonFiniteOutputException">An output of the network is NaN or infinite.</exception>
    public double[,] PredictProba(double[,] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return PredictProba(FeatureConversion.Flatten(features), features.GetLength(1), nameof(features));
    }

    /// <summary>Returns the accuracy on the rows of <paramref name="data"/>.</summary>
    /// <exception cref="InvalidOperationException">The classifier is not fitted.</exception>
    /// <exception cref="NonFiniteOutputException">An output of the network is NaN or infinite.</exception>
    public double Score(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        EnsureFitted();
        return ClassificationMetrics.Accuracy(data.Targets.Select(Canonical).ToArray(), Predict(data));
    }

    private protected override (int[] Fit, int[] Validation) SplitValidation(
        TrainingData<T> data,
        double validationFraction,
        NumPyRandomState random)
    {
        if (data.OutputCount != 1)
        {
            return TrainTestSplit.Split(data.RowCount, validationFraction, random);
        }

        var classOfRow = new int[data.RowCount];
        for (var i = 0; i < classOfRow.Length; i++)
        {
            classOfRow[i] = int.CreateChecked(data.Targets[i]);
        }

        return TrainTestSplit.SplitStratified(classOfRow, validationFraction, random);
    }

    private protected override double ScoreOutputs(TrainingData<T> data, ReadOnlySpan<T> outputs)
    {
        var correct = 0;
        for (var row = 0; row < data.RowCount; row++)
        {
            var predicted = PredictedClass(outputs, row, data.OutputCount);
            var actual = data.OutputCount == 1
                ? int.CreateChecked(data.Targets[row])
                : data.TargetRow(row).IndexOf(T.One);
            correct += predicted == actual ? 1 : 0;
        }

        return (double)correct / data.RowCount;
    }

    private TrainingResult Fit(
        double[] features,
        int featureCount,
        IReadOnlyList<string> targets,
        IReadOnlyList<string>? classes,
        bool incremental,
        IProgress<EpochProgress>? progress,
        CancellationToken cancellationToken,
        Dataset? source = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var featuresName = source is null ? nameof(features) : "data";
        var rows = FeatureConversion.CountRows(features.Length, featureCount, featuresName);
        if (targets.Count != rows)
        {
            throw new ArgumentException(
                $"The features have {rows} rows but there are {targets.Count} targets; pass one target per row.",
                nameof(targets));
        }

        UpdateLabels(targets, classes, incremental);
        var encoded = EncodeTargets(labels!.Encode(targets));
        var inputs = FeatureConversion.ToPrecision<T>(features, featureCount, nameof(features));
        var data = new TrainingData<T>(inputs, encoded, rows, featureCount, OutputCount)
        {
            FeatureNames = source?.FeatureNames,
            TargetName = source?.TargetName,
        };
        return FitCore(data, incremental, progress, cancellationToken);
    }

    private int OutputCount => labels!.Count == 2 ? 1 : labels.Count;

    private void UpdateLabels(IReadOnlyList<string> targets, IReadOnlyList<string>? classes, bool incremental)
    {
        if (incremental)
        {
            labels = FitClasses.ForPartialFit(labels, classes);
        }
        else if (WillInitialize(incremental))
        {
            labels = FitClasses.Find(targets, nameof(targets));
        }
        else
        {
            labels = FitClasses.CheckWarmStart(labels!, targets);
        }

        FitClasses.CheckUsable(labels, targets);
    }

    private T[] EncodeTargets(int[] classIndices)
    {
        var outputs = OutputCount;
        var encoded = new T[classIndices.Length * outputs];
        for (var row = 0; row < classIndices.Length; row++)
        {
            if (outputs == 1)
            {
                encoded[row] = T.CreateChecked(classIndices[row]);
            }
            else
            {
                encoded[(row * outputs) + classIndices[row]] = T.One;
            }
        }

        return encoded;
    }

    private string[] Predict(double[] features, int featureCount, string paramName)
    {
        var outputs = Outputs(features, featureCount, paramName, out var rows);
        var predictions = new string[rows];
        for (var row = 0; row < rows; row++)
        {
            predictions[row] = labels!.Decode(PredictedClass(outputs, row, OutputCount));
        }

        return predictions;
    }

    private double[,] PredictProba(double[] features, int featureCount, string paramName)
    {
        var outputs = Outputs(features, featureCount, paramName, out var rows);
        var probabilities = new double[rows, labels!.Count];
        for (var row = 0; row < rows; row++)
        {
            if (OutputCount == 1)
            {
                var p = double.CreateChecked(outputs[row]);
                probabilities[row, 0] = 1 - p;
                probabilities[row, 1] = p;
                continue;
            }

            for (var k = 0; k < OutputCount; k++)
            {
                probabilities[row, k] = double.CreateChecked(outputs[(row * OutputCount) + k]);
            }
        }

        return probabilities;
    }

    private T[] Outputs(double[] features, int featureCount, string paramName, out int rows)
    {
        var network = EnsureFitted();
        if (featureCount != network.Shape.InputCount)
        {
            throw new ArgumentException(
                $"The model was trained on {network.Shape.InputCount} features; the data has {featureCount}.",
                paramName);
        }

        rows = FeatureConversion.CountRows(features.Length, featureCount, paramName);
        return PredictOutputs(FeatureConversion.ToPrecision<T>(features, featureCount, paramName), rows);
    }

    /// <summary>One logistic unit predicts class 1 when p &gt; 0.5; softmax takes the first largest p.</summary>
    private static int PredictedClass(ReadOnlySpan<T> outputs, int row, int outputCount)
    {
        if (outputCount == 1)
        {
            return outputs[row] > T.CreateChecked(0.5) ? 1 : 0;
        }

        var best = 0;
        var scores = outputs.Slice(row * outputCount, outputCount);
        for (var k = 1; k < outputCount; k++)
        {
            if (scores[k] > scores[best])
            {
                best = k;
            }
        }

        return best;
    }

    /// <summary>
    /// Maps a label to its class's text ("1.0" to "1" when "1" is the class), for scoring. A label
    /// of no class stays as it is, so it counts as wrong, as scikit-learn scores it.
    /// </summary>
    private string Canonical(string label) =>
        labels!.TryGetIndex(label, out var index) ? labels.Decode(index) : label;
}
