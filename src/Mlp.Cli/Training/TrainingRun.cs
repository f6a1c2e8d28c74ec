using System.Diagnostics;
using System.Numerics;
using Mlp.Data;
using Mlp.Estimators;
using Mlp.Training;

namespace Mlp.Cli.Training;

/// <summary>Fits a classifier or regressor on one data set, times the fit and scores both parts.</summary>
internal static class TrainingRun
{
    /// <summary>Trains on <paramref name="train"/> and scores on it and on <paramref name="test"/>.</summary>
    /// <exception cref="TrainingDivergedException">The loss or a weight became NaN or infinite.</exception>
    public static TrainingSummary Run(
        string name,
        Dataset train,
        Dataset test,
        TrainingOptions options,
        TrainingTask task,
        Precision precision,
        IProgress<EpochProgress>? progress,
        CancellationToken cancellationToken)
    {
        return precision == Precision.Float32
            ? Run<float>(name, train, test, options, task, progress, cancellationToken)
            : Run<double>(name, train, test, options, task, progress, cancellationToken);
    }

    private static TrainingSummary Run<T>(
        string name,
        Dataset train,
        Dataset test,
        TrainingOptions options,
        TrainingTask task,
        IProgress<EpochProgress>? progress,
        CancellationToken cancellationToken)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var stopwatch = Stopwatch.StartNew();
        MlpEstimator<T> estimator;
        TrainingResult result;
        IReadOnlyList<string>? classes = null;
        Func<Dataset, double> score;
        if (task == TrainingTask.Classification)
        {
            var classifier = new MlpClassifier<T>(options);
            result = classifier.Fit(train, progress, cancellationToken);
            stopwatch.Stop();
            (estimator, classes, score) = (classifier, classifier.Classes, classifier.Score);
        }
        else
        {
            var regressor = new MlpRegressor<T>(options);
            result = regressor.Fit(train, progress, cancellationToken);
            stopwatch.Stop();
            (estimator, score) = (regressor, regressor.Score);
        }

        var network = estimator.Network!;
        return new TrainingSummary
        {
            Name = name,
            Task = task,
            Precision = typeof(T) == typeof(float) ? Precision.Float32 : Precision.Float64,
            Options = options,
            Result = result,
            Classes = classes,
            TrainRows = train.RowCount,
            TestRows = test.RowCount,
            FeatureCount = train.FeatureCount,
            TrainScore = score(train),
            TestScore = test.RowCount > 0 ? score(test) : null,
            FitSeconds = stopwatch.Elapsed.TotalSeconds,
            LayerSizes = network.Shape.LayerSizes,
            Weights = [.. network.Weights.Select(w => w.ToRows().Select(row => row.Select(double.CreateChecked).ToArray()).ToArray())],
            Biases = [.. network.Biases.Select(b => b.ToArray().Select(double.CreateChecked).ToArray())],
        };
    }
}
