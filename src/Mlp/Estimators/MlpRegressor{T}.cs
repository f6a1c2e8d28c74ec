using System.Numerics;
using Mlp.Activations;
using Mlp.Data;
using Mlp.Metrics;
using Mlp.Models;
using Mlp.Randomness;
using Mlp.Training;

namespace Mlp.Estimators;

/// <summary>
/// A multilayer perceptron regressor with the semantics of scikit-learn 1.2's
/// <c>MLPRegressor</c> (stochastic solvers): identity outputs trained on the squared loss
/// ½ · mean over every output, scored with R².
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public class MlpRegressor<T> : MlpEstimator<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates an unfitted regressor.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message lists every problem.</exception>
    public MlpRegressor(TrainingOptions? options = null)
        : base(options)
    {
    }

    private protected override OutputActivation OutputActivation => OutputActivation.Identity;

    /// <summary>Reads a regressor from a model file written by <see cref="MlpEstimator{T}.Save(string)"/>.</summary>
    /// <remarks>
    /// The weights are converted to <typeparamref name="T"/>: a float32 file loads into double
    /// exactly, and a float64 file loads into float rounded to the nearest float. A model whose
    /// file also holds input scaling must be loaded with <see cref="ModelFile.Load(string)"/>,
    /// which returns the scaler to apply before <c>Predict</c>.
    /// </remarks>
    /// <exception cref="FileNotFoundException">No file exists at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">
    /// The file is not a valid model file, holds a classifier, or holds input scaling; the message
    /// names what is wrong.
    /// </exception>
    public static MlpRegressor<T> Load(string path) =>
        ModelFile.LoadEstimator<T, MlpRegressor<T>>(path, "a regressor");

    /// <summary>Trains on the rows of <paramref name="data"/>, whose targets are numbers.</summary>
    /// <exception cref="ArgumentException">A target is not a number, or a feature is not finite.</exception>
    /// <exception cref="TrainingDivergedException">The loss or a weight became NaN or infinite.</exception>
    public TrainingResult Fit(
        Dataset data,
        IProgress<EpochProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var targets = NumericTargets.Parse(data);
        return Fit(data.Features, data.FeatureCount, targets, 1, incremental: false, progress, cancellationToken, data);
    }

    /// <summary>Trains on a feature matrix [rows, features] and a target matrix [rows, outputs].</summary>
    /// <exception cref="ArgumentException">The matrices differ in rows, or a value is not finite.</exception>
    /// <exception cref="TrainingDivergedException">The loss or a weight became NaN or infinite.</exception>
    public TrainingResult Fit(
        double[,] features,
        double[,] targets,
        IProgress<EpochProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(targets);
        return Fit(
            FeatureConversion.Flatten(features),
            features.GetLength(1),
            FeatureConversion.Flatten(targets),
            targets.GetLength(1),
            incremental: false,
            progress,
            cancellationToken);
    }

    /// <summary>Runs one epoch on the rows, initialising the network on the first call (<c>partial_fit</c>).</summary>
    /// <exception cref="ArgumentException">A target is not a number, or a feature is not finite.</exception>
    /// <exception cref="TrainingDivergedException">The loss or a weight became NaN or infinite.</exception>
    public TrainingResult PartialFit(Dataset data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var targets = NumericTargets.Parse(data);
        return Fit(data.Features, data.FeatureCount, targets, 1, incremental: true, null, cancellationToken, data);
    }

    /// <summary>Runs one epoch on a feature matrix and a target matrix (<c>partial_fit</c>).</summary>
    /// <exception cref="ArgumentException">The matrices differ in rows, or a value is not finite.</exception>
    /// <exception cref="TrainingDivergedException">The loss or a weight became NaN or infinite.</exception>
    public TrainingResult PartialFit(
        double[,] features,
        double[,] targets,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(targets);
        return Fit(
            FeatureConversion.Flatten(features),
            features.GetLength(1),
            FeatureConversion.Flatten(targets),
            targets.GetLength(1),
            incremental: true,
            null,
            cancellationToken);
    }

    /// <summary>Predicts every output of every row, shape [rows, outputs].</summary>
    /// <exception cref="InvalidOperationException">The regressor is not fitted.</exception>
    /// <exception cref="NonFiniteOutputException">An output of the network is NaN or infinite.</exception>
    /// <exception cref="ArgumentException">The data has another number of features than the training data.</exception>
    public double[,] Predict(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Predict(data.Features, data.FeatureCount, nameof(data));
    }

    /// <summary>Predicts every output of every row of a feature matrix, shape [rows, outputs].</summary>
    /// <exception cref="InvalidOperationException">The regressor is not fitted.</exception>
    /// <exception cref="NonFiniteOutputException">An output of the network is NaN or infinite.</exception>
    /// <exception cref="ArgumentException">
    /// The matrix has another number of features than the training data.
    /// </exception>
    public double[,] Predict(double[,] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return Predict(FeatureConversion.Flatten(features), features.GetLength(1), nameof(features));
    }

    /// <summary>Returns R², averaged over the outputs, on the rows of <paramref name="data"/>.</summary>
    /// <exception cref="InvalidOperationException">The regressor is not fitted.</exception>
    /// <exception cref="NonFiniteOutputException">An output of the network is NaN or infinite.</exception>
    public double Score(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var predicted = Predict(data);
        return Score(NumericTargets.Parse(data), 1, predicted, nameof(data));
    }

    /// <summary>Returns R², averaged over the outputs, of a feature matrix against a target matrix.</summary>
    /// <exception cref="InvalidOperationException">The regressor is not fitted.</exception>
    /// <exception cref="NonFiniteOutputException">An output of the network is NaN or infinite.</exception>
    /// <exception cref="ArgumentException">
    /// The matrices differ in rows, or the targets have another number of columns than the model
    /// has outputs.
    /// </exception>
    public double Score(double[,] features, double[,] targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var predicted = Predict(features);
        if (targets.GetLength(0) != predicted.GetLength(0))
        {
            throw new ArgumentException(
                $"The features have {predicted.GetLength(0)} rows but the targets have " +
                $"{targets.GetLength(0)}; pass one target row per feature row.",
                nameof(targets));
        }

        return Score(FeatureConversion.Flatten(targets), targets.GetLength(1), predicted, nameof(targets));
    }

    private static double Score(double[] truth, int targetColumns, double[,] predicted, string paramName)
    {
        var outputCount = predicted.GetLength(1);
        if (targetColumns != outputCount)
        {
            throw new ArgumentException(
                $"The targets have {targetColumns} columns but the model has {outputCount} outputs; " +
                "pass one target column per output.",
                paramName);
        }

        return RegressionMetrics.RSquared(truth, FeatureConversion.Flatten(predicted), outputCount);
    }

    private protected override (int[] Fit, int[] Validation) SplitValidation(
        TrainingData<T> data,
        double validationFraction,
        NumPyRandomState random) =>
        TrainTestSplit.Split(data.RowCount, validationFraction, random);

    private protected override double ScoreOutputs(TrainingData<T> data, ReadOnlySpan<T> outputs)
    {
        var truth = new double[data.Targets.Length];
        var predicted = new double[outputs.Length];
        for (var i = 0; i < truth.Length; i++)
        {
            truth[i] = double.CreateChecked(data.Targets[i]);
            predicted[i] = double.CreateChecked(outputs[i]);
        }

        return RegressionMetrics.RSquared(truth, predicted, data.OutputCount);
    }

    private TrainingResult Fit(
        double[] features,
        int featureCount,
        double[] targets,
        int outputCount,
        bool incremental,
        IProgress<EpochProgress>? progress,
        CancellationToken cancellationToken,
        Dataset? source = null)
    {
        var featuresName = source is null ? nameof(features) : "data";
        var rows = FeatureConversion.CountRows(features.Length, featureCount, featuresName);
        if (outputCount < 1)
        {
            throw new ArgumentException(
                $"The targets have {outputCount} columns; at least one target column is needed.",
                nameof(targets));
        }

        if (targets.Length != rows * outputCount)
        {
            throw new ArgumentException(
                $"The features have {rows} rows but the targets have {targets.Length / outputCount}; " +
                "pass one target row per feature row.",
                nameof(targets));
        }

        var inputs = FeatureConversion.ToPrecision<T>(features, featureCount, nameof(features));
        var encoded = FeatureConversion.TargetsToPrecision<T>((double[])targets.Clone(), outputCount, nameof(targets));
        var data = new TrainingData<T>(inputs, encoded, rows, featureCount, outputCount)
        {
            FeatureNames = source?.FeatureNames,
            TargetName = source?.TargetName,
        };
        return FitCore(data, incremental, progress, cancellationToken);
    }

    private double[,] Predict(double[] features, int featureCount, string paramName)
    {
        var network = EnsureFitted();
        if (featureCount != network.Shape.InputCount)
        {
            throw new ArgumentException(
                $"The model was trained on {network.Shape.InputCount} features; the data has {featureCount}.",
                paramName);
        }

        var rows = FeatureConversion.CountRows(features.Length, featureCount, paramName);
        var outputs = PredictOutputs(FeatureConversion.ToPrecision<T>(features, featureCount, paramName), rows);
        var outputCount = network.Shape.OutputCount;
        var predictions = new double[rows, outputCount];
        for (var row = 0; row < rows; row++)
        {
            for (var k = 0; k < outputCount; k++)
            {
                predictions[row, k] = double.CreateChecked(outputs[(row * outputCount) + k]);
            }
        }

        return predictions;
    }
}
