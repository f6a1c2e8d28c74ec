using System.Globalization;
using System.Text.Json;
using Mlp.Data;
using Mlp.Estimators;
using Mlp.Training;
using Xunit.Abstractions;

namespace Mlp.Tests.Estimators;

/// <summary>
/// Replays the scikit-learn 1.2.1 runs recorded under Reference/sklearn/ (written by
/// record_sklearn_runs.py there) and compares every epoch's loss, the stopping epoch, the
/// validation scores, the predictions and the scores.
/// </summary>
public class ScikitLearnParityTests(ITestOutputHelper output)
{
    private const double LossTolerance = 1e-9;

    public static TheoryData<string> Runs() =>
    [
        "iris-adam-relu",
        "wine-sgd-nesterov-invscaling",
        "breast-cancer-sgd-adaptive",
        "digits-adam-early-stopping",
        "breast-cancer-sgd-momentum-early-stopping",
        "diabetes-adam-regression",
        "linnerud-sgd-multi-output-early-stopping",
        "iris-sgd-no-shuffle",
        "wine-sgd-full-batch-no-momentum",
    ];

    [Theory]
    [MemberData(nameof(Runs))]
    public void Split_MatchesRecordedRows(string name)
    {
        var run = ScikitLearnRun.Load(name);
        var split = run.Root.GetProperty("split");
        var (features, _) = run.ReadData();

        var (train, test) = TrainTestSplit.Split(
            features.GetLength(0),
            split.GetProperty("test_size").GetDouble(),
            split.GetProperty("random_state").GetInt32());

        Assert.Equal(run.TrainRows, train);
        Assert.Equal(run.TestRows, test);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Fit_ReproducesLossCurveAndStoppingEpoch(string name)
    {
        var run = ScikitLearnRun.Load(name);

        var fitted = FittedRun.Fit(run);

        Assert.Equal(run.IterationCount, fitted.Estimator.IterationCount);
        AssertClose(run.LossCurve, fitted.Estimator.LossCurve, LossTolerance, "loss");
        Assert.Equal(run.Root.GetProperty("t").GetInt64(), fitted.Estimator.SamplesSeen);
        Assert.Equal(run.Root.GetProperty("stop_reason").GetString(), fitted.Result.StopReason.ToName());
        Assert.Equal(
            run.Root.GetProperty("final_learning_rate").GetDouble(),
            fitted.Estimator.LearningRate!.Value,
            1e-15);
        output.WriteLine($"{name}: largest final weight difference {fitted.MaxWeightDifference(run):E2}");
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Fit_ReproducesValidationScoresAndBestValues(string name)
    {
        var run = ScikitLearnRun.Load(name);

        var fitted = FittedRun.Fit(run);

        var scores = run.Root.GetProperty("validation_scores");
        if (scores.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(fitted.Estimator.ValidationScores);
            Assert.Equal(
                run.Root.GetProperty("best_loss").GetDouble(),
                fitted.Estimator.BestLoss!.Value,
                LossTolerance);
            return;
        }

        AssertClose(ScikitLearnRun.NumbersOrNaN(scores), fitted.Estimator.ValidationScores!, 1e-9, "validation score");
        Assert.Equal(
            run.Root.GetProperty("best_validation_score").GetDouble(),
            fitted.Estimator.BestValidationScore!.Value,
            1e-9);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Fit_ReproducesPredictionsAndScores(string name)
    {
        var run = ScikitLearnRun.Load(name);

        var fitted = FittedRun.Fit(run);

        Assert.Equal(run.Root.GetProperty("train_score").GetDouble(), fitted.TrainScore, 1e-9);
        Assert.Equal(run.Root.GetProperty("test_score").GetDouble(), fitted.TestScore, 1e-9);
        var predictions = run.Root.GetProperty("test_predictions");
        if (run.IsClassifier)
        {
            Assert.Equal(predictions.EnumerateArray().Select(item => item.ToString()), fitted.TestLabels!);
            var probabilities = run.Root.GetProperty("test_probabilities")
                .EnumerateArray()
                .SelectMany(ScikitLearnRun.NumbersOrNaN);
            AssertClose([.. probabilities], Flatten(fitted.TestProbabilities!), 1e-9, "probability");
        }
        else
        {
            var values = predictions.EnumerateArray().SelectMany(item => item.ValueKind == JsonValueKind.Array
                ? ScikitLearnRun.NumbersOrNaN(item)
                : [item.GetDouble()]);
            AssertClose([.. values], Flatten(fitted.TestValues!), 1e-9, "prediction");
        }
    }

    [Fact]
    public void Fit_DivergingRun_ThrowsWithRemedyAndLeavesNoModel()
    {
        var run = ScikitLearnRun.Load("linnerud-sgd-diverges");
        var (features, targets) = run.ReadData();
        var regressor = new MlpRegressor(run.Options());

        var exception = Assert.Throws<TrainingDivergedException>(() =>
            regressor.Fit(Rows(features, run.TrainRows), ToNumbers(Rows(targets, run.TrainRows))));

        var recorded = run.LossCurve;
        var firstNonFinite = Array.FindIndex(recorded, loss => !double.IsFinite(loss));
        Assert.Equal(firstNonFinite + 1, exception.Epoch);
        Assert.Contains("Scale the inputs", exception.Message);
        Assert.Contains("lower the learning rate", exception.Message);
        Assert.False(regressor.IsFitted);
    }

    private static void AssertClose(double[] expected, IReadOnlyList<double> actual, double relative, string what)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var scale = Math.Max(Math.Abs(expected[i]), 1e-300);
            if (Math.Abs(expected[i] - actual[i]) > relative * Math.Max(scale, 1e-3))
            {
                Assert.Fail($"{what} {i + 1}: expected {expected[i]:R}, got {actual[i]:R}.");
            }
        }
    }

    private static double[] Flatten(double[,] values) => [.. values.Cast<double>()];

    internal static T[,] Rows<T>(T[,] values, int[] rows)
    {
        var selected = new T[rows.Length, values.GetLength(1)];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < values.GetLength(1); j++)
            {
                selected[i, j] = values[rows[i], j];
            }
        }

        return selected;
    }

    internal static double[,] ToNumbers(string[,] values)
    {
        var numbers = new double[values.GetLength(0), values.GetLength(1)];
        for (var i = 0; i < values.GetLength(0); i++)
        {
            for (var j = 0; j < values.GetLength(1); j++)
            {
                numbers[i, j] = double.Parse(values[i, j], CultureInfo.InvariantCulture);
            }
        }

        return numbers;
    }

    /// <summary>A run replayed with our estimators, with the values the tests compare.</summary>
    private sealed class FittedRun
    {
        private static readonly Dictionary<string, FittedRun> Cache = [];

        public required MlpEstimator<double> Estimator { get; init; }

        public required TrainingResult Result { get; init; }

        public double TrainScore { get; init; }

        public double TestScore { get; init; }

        public string[]? TestLabels { get; init; }

        public double[,]? TestProbabilities { get; init; }

        public double[,]? TestValues { get; init; }

        public static FittedRun Fit(ScikitLearnRun run)
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue(run.Name, out var fitted))
                {
                    fitted = run.IsClassifier ? FitClassifier(run) : FitRegressor(run);
                    Cache[run.Name] = fitted;
                }

                return fitted;
            }
        }

        public double MaxWeightDifference(ScikitLearnRun run)
        {
            var network = Estimator.Network!;
            var coefs = run.Root.GetProperty("final_coefs");
            var intercepts = run.Root.GetProperty("final_intercepts");
            var largest = 0.0;
            for (var l = 0; l < network.LayerCount; l++)
            {
                var rows = coefs[l].EnumerateArray().Select(ScikitLearnRun.NumbersOrNaN).ToArray();
                for (var input = 0; input < rows.Length; input++)
                {
                    for (var unit = 0; unit < rows[input].Length; unit++)
                    {
                        largest = Math.Max(largest, Math.Abs(rows[input][unit] - network.Weights[l][unit, input]));
                    }
                }

                var biases = ScikitLearnRun.NumbersOrNaN(intercepts[l]);
                for (var unit = 0; unit < biases.Length; unit++)
                {
                    largest = Math.Max(largest, Math.Abs(biases[unit] - network.Biases[l].Span[unit]));
                }
            }

            return largest;
        }

        private static FittedRun FitClassifier(ScikitLearnRun run)
        {
            var (features, targets) = run.ReadData();
            var labels = Enumerable.Range(0, targets.GetLength(0)).Select(i => targets[i, 0]).ToArray();
            var classifier = new MlpClassifier(run.Options());
            var trainFeatures = Rows(features, run.TrainRows);
            var trainLabels = run.TrainRows.Select(i => labels[i]).ToArray();
            var testFeatures = Rows(features, run.TestRows);
            var testLabels = run.TestRows.Select(i => labels[i]).ToArray();
            var result = classifier.Fit(trainFeatures, trainLabels);
            var predictedTest = classifier.Predict(testFeatures);
            return new FittedRun
            {
                Estimator = classifier,
                Result = result,
                TrainScore = Mlp.Metrics.ClassificationMetrics.Accuracy(trainLabels, classifier.Predict(trainFeatures)),
                TestScore = Mlp.Metrics.ClassificationMetrics.Accuracy(testLabels, predictedTest),
                TestLabels = predictedTest,
                TestProbabilities = classifier.PredictProba(testFeatures),
            };
        }

        private static FittedRun FitRegressor(ScikitLearnRun run)
        {
            var (features, targets) = run.ReadData();
            var numbers = ToNumbers(targets);
            var regressor = new MlpRegressor(run.Options());
            var trainFeatures = Rows(features, run.TrainRows);
            var testFeatures = Rows(features, run.TestRows);
            var result = regressor.Fit(trainFeatures, Rows(numbers, run.TrainRows));
            return new FittedRun
            {
                Estimator = regressor,
                Result = result,
                TrainScore = regressor.Score(trainFeatures, Rows(numbers, run.TrainRows)),
                TestScore = regressor.Score(testFeatures, Rows(numbers, run.TestRows)),
                TestValues = regressor.Predict(testFeatures),
            };
        }
    }
}
