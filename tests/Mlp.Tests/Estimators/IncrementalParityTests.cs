using System.Text.Json;
using Mlp.Activations;
using Mlp.Estimators;
using Mlp.Training;

namespace Mlp.Tests.Estimators;

/// <summary>
/// Fits that continue earlier ones, against scikit-learn 1.2.1 runs recorded by
/// Reference/sklearn/record_incremental_runs.py: repeated partial_fit calls, and fit with
/// warm_start=True called three times.
/// </summary>
public class IncrementalParityTests
{
    [Fact]
    public void PartialFit_ClassifierSixCalls_MatchesScikitLearn()
    {
        var reference = ReferenceFile.Load("sklearn", "iris-sgd-partial-fit.json");
        var (train, trainLabels, test) = ReadSplit(reference);
        var classifier = new MlpClassifier(new TrainingOptions
        {
            HiddenLayerSizes = [10],
            Activation = Activation.Tanh,
            Solver = Solver.Sgd,
            LearningRateInit = 0.05,
            BatchSize = 16,
            RandomState = 5,
        });
        string[] classes = ["setosa", "versicolor", "virginica"];

        foreach (var expected in reference.GetProperty("after_each_call").EnumerateArray())
        {
            var result = classifier.PartialFit(train, trainLabels, classes);

            Assert.Equal(StopReason.SingleEpoch, result.StopReason);
            AssertCallState(expected, classifier);
        }

        Assert.Equal(
            reference.GetProperty("test_predictions").EnumerateArray().Select(item => item.GetString()),
            classifier.Predict(test));
        AssertClose(
            Flatten(reference.GetProperty("test_probabilities")),
            [.. classifier.PredictProba(test).Cast<double>()]);
    }

    [Fact]
    public void Fit_WarmStartThreeTimes_ContinuesLikeScikitLearn()
    {
        var reference = ReferenceFile.Load("sklearn", "wine-adam-warm-start.json");
        var (train, trainLabels, test) = ReadSplit(reference);
        var classifier = new MlpClassifier(new TrainingOptions
        {
            HiddenLayerSizes = [12],
            MaxIterations = 15,
            WarmStart = true,
            RandomState = 8,
        });

        foreach (var expected in reference.GetProperty("after_each_call").EnumerateArray())
        {
            classifier.Fit(train, trainLabels);

            AssertCallState(expected, classifier);
        }

        AssertClose(
            Flatten(reference.GetProperty("test_probabilities")),
            [.. classifier.PredictProba(test).Cast<double>()]);
    }

    [Fact]
    public void PartialFit_RegressorFourCalls_MatchesScikitLearn()
    {
        var reference = ReferenceFile.Load("sklearn", "diabetes-sgd-partial-fit.json");
        var (train, trainTargets, test) = ReadSplit(reference);
        var regressor = new MlpRegressor(new TrainingOptions
        {
            HiddenLayerSizes = [8],
            Activation = Activation.Logistic,
            Solver = Solver.Sgd,
            LearningRateInit = 0.01,
            Momentum = 0.5,
            BatchSize = 40,
            RandomState = 2,
        });
        var targets = new double[trainTargets.Length, 1];
        for (var i = 0; i < trainTargets.Length; i++)
        {
            targets[i, 0] = double.Parse(trainTargets[i], System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var expected in reference.GetProperty("after_each_call").EnumerateArray())
        {
            regressor.PartialFit(train, targets);

            AssertCallState(expected, regressor);
        }

        AssertClose(
            ReferenceFile.Doubles(reference.GetProperty("test_predictions")),
            [.. regressor.Predict(test).Cast<double>()]);
    }

    [Fact]
    public void WarmStart_WithOtherClasses_IsRejected()
    {
        var classifier = new MlpClassifier(new TrainingOptions
        {
            HiddenLayerSizes = [3],
            MaxIterations = 2,
            WarmStart = true,
            RandomState = 0,
        });
        classifier.Fit(new double[,] { { 0 }, { 1 }, { 2 } }, ["a", "b", "c"]);

        var exception = Assert.Throws<ArgumentException>(() =>
            classifier.Fit(new double[,] { { 0 }, { 1 } }, ["a", "b"]));

        Assert.Equal("targets", exception.ParamName);
        Assert.Contains("same classes", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartialFit_FirstCallWithoutClasses_IsRejected()
    {
        var classifier = new MlpClassifier();

        var exception = Assert.Throws<ArgumentException>(() =>
            classifier.PartialFit(new double[,] { { 0 }, { 1 } }, ["a", "b"]));

        Assert.Equal("classes", exception.ParamName);
    }

    private static void AssertCallState(JsonElement expected, MlpEstimator<double> estimator)
    {
        Assert.Equal(expected.GetProperty("n_iter").GetInt32(), estimator.IterationCount);
        Assert.Equal(expected.GetProperty("t").GetInt64(), estimator.SamplesSeen);
        AssertClose(ReferenceFile.Doubles(expected.GetProperty("loss_curve")), [.. estimator.LossCurve]);
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(
                Math.Abs(expected[i] - actual[i]) <= 1e-9 * Math.Max(Math.Abs(expected[i]), 1e-3),
                $"value {i}: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }

    private static double[] Flatten(JsonElement rows) =>
        [.. rows.EnumerateArray().SelectMany(ReferenceFile.Doubles)];

    private static (double[,] Train, string[] TrainTargets, double[,] Test) ReadSplit(JsonElement reference)
    {
        var path = Path.Combine(
            AppContext.BaseDirectory,
            "Reference",
            "sklearn",
            reference.GetProperty("dataset").GetString()!);
        var lines = File.ReadAllLines(path)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .ToArray();
        var split = reference.GetProperty("split");
        var trainRows = ReferenceFile.Ints(split.GetProperty("train_idx"));
        var testRows = ReferenceFile.Ints(split.GetProperty("test_idx"));
        return (Features(lines, trainRows), [.. trainRows.Select(row => lines[row][^1])], Features(lines, testRows));
    }

    private static double[,] Features(string[][] lines, int[] rows)
    {
        var columns = lines[0].Length - 1;
        var features = new double[rows.Length, columns];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                features[i, j] = double.Parse(lines[rows[i]][j], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return features;
    }
}
