using System.Diagnostics;
using System.Numerics;
using Mlp.Cli.Models;
using Mlp.Data;
using Mlp.Estimators;
using Mlp.Models;
using Mlp.Preprocessing;
using Mlp.Training;

namespace Mlp.Cli.Training;

/// <summary>
/// Fits a classifier or regressor on one data set, times the fit and scores both parts.
/// </summary>
internal static class TrainingRun
{
    /// <summary>
    /// Trains on <paramref name="train"/> and scores on it and on <paramref name="test"/>.
    /// </summary>
    /// <param name="name">Name of the run in tables.</param>
    /// <param name="train">Training rows, already scaled.</param>
    /// <param name="test">Test rows, scaled as the training rows.</param>
    /// <param name="options">Training options.</param>
    /// <param name="task">Classification or regression.</param>
    /// <param name="precision">
    /// Precision of a new estimator; a warm start keeps the model's.
    /// </param>
    /// <param name="progress">Receives a report after every epoch.</param>
    /// <param name="cancellationToken">Stops training after the current batch.</param>
    /// <param name="scaler">Scaling applied to the rows, stored with the model.</param>
    /// <param name="warmStart">
    /// A saved model loaded with <paramref name="options"/> to continue; null to start afresh.
    /// </param>
    /// <exception cref="TrainingDivergedException">
    /// The loss or a weight became NaN or infinite.
    /// </exception>
    public static TrainingSummary Run(
        string name,
        Dataset train,
        Dataset test,
        TrainingOptions options,
        TrainingTask task,
        Precision precision,
        IProgress<EpochProgress>? progress,
        CancellationToken cancellationToken,
        FeatureScaler? scaler = null,
        LoadedModel? warmStart = null)
    {
        var run = new RunSetup(name, train, test, options, task, scaler);
        return warmStart switch
        {
            LoadedModel<float> single => Run(run, single.Typed.Estimator, progress, cancellationToken),
            LoadedModel<double> @double => Run(run, @double.Typed.Estimator, progress, cancellationToken),
            _ when precision == Precision.Float32 =>
                Run(run, Create<float>(options, task), progress, cancellationToken),
            _ => Run(run, Create<double>(options, task), progress, cancellationToken),
        };
    }

    private static MlpEstimator<T> Create<T>(TrainingOptions options, TrainingTask task)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        task == TrainingTask.Classification ? new MlpClassifier<T>(options) : new MlpRegressor<T>(options);

    private static TrainingSummary Run<T>(
        RunSetup run,
        MlpEstimator<T> estimator,
        IProgress<EpochProgress>? progress,
        CancellationToken cancellationToken)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (name, train, test, options, task, scaler) = run;
        var stopwatch = Stopwatch.StartNew();
        TrainingResult result;
        IReadOnlyList<string>? classes = null;
        Func<Dataset, double> score;
        if (estimator is MlpClassifier<T> classifier)
        {
            result = classifier.Fit(train, progress, cancellationToken);
            stopwatch.Stop();
            (classes, score) = (classifier.Classes, classifier.Score);
        }
        else
        {
            var regressor = (MlpRegressor<T>)estimator;
            result = regressor.Fit(train, progress, cancellationToken);
            stopwatch.Stop();
            score = regressor.Score;
        }

        var trainScore = score(train);
        double? testScore = test.RowCount > 0 ? score(test) : null;
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
            TrainScore = trainScore,
            TestScore = testScore,
            FitSeconds = stopwatch.Elapsed.TotalSeconds,
            LayerSizes = network.Shape.LayerSizes,
            Weights = [.. network.Weights.Select(ToDoubleRows)],
            Biases = [.. network.Biases.Select(b => b.ToArray().Select(double.CreateChecked).ToArray())],
            Model = new LoadedModel<T>(new SavedModel<T>(estimator)
            {
                Scaler = scaler,
                Metrics = Metrics(task, trainScore, testScore),
            }),
        };
    }

    /// <summary>
    /// Names the scores as the model file stores them: train_accuracy or train_r2, and the test
    /// score.
    /// </summary>
    private static Dictionary<string, double> Metrics(TrainingTask task, double trainScore, double? testScore)
    {
        var score = task == TrainingTask.Classification ? "accuracy" : "r2";
        var metrics = new Dictionary<string, double> { [$"train_{score}"] = trainScore };
        if (testScore is { } test)
        {
            metrics[$"test_{score}"] = test;
        }

        return metrics;
    }

    private sealed record RunSetup(
        string Name,
        Dataset Train,
        Dataset Test,
        TrainingOptions Options,
        TrainingTask Task,
        FeatureScaler? Scaler);

    private static double[][] ToDoubleRows<T>(Mlp.LinearAlgebra.Matrix<T> weights)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        [.. weights.ToRows().Select(row => row.Select(double.CreateChecked).ToArray())];
}
