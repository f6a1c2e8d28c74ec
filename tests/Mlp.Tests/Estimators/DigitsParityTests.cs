using Mlp.Activations;
using Mlp.Data;
using Mlp.Estimators;
using Mlp.Training;
using Xunit.Abstractions;

namespace Mlp.Tests.Estimators;

/// <summary>
/// The main job's scikit-learn configuration against Reference/sklearn-digits-sgd.json, a fit by
/// scikit-learn 1.2.1 on the embedded digits: 80/20 split with seed 42, then
/// MLPClassifier(hidden_layer_sizes=50, activation='tanh', solver='sgd', learning_rate_init=0.001,
/// nesterovs_momentum=False, random_state=1, max_iter=1000).
/// </summary>
public class DigitsParityTests(ITestOutputHelper output)
{
    public static readonly TrainingOptions ScikitLearnOptions = new()
    {
        HiddenLayerSizes = [50],
        Activation = Activation.Tanh,
        Solver = Solver.Sgd,
        LearningRateSchedule = LearningRateSchedule.Constant,
        LearningRateInit = 0.001,
        NesterovsMomentum = false,
        RandomState = 1,
        MaxIterations = 1000,
    };

    private static readonly Lazy<(
        MlpClassifier Classifier,
        TrainingResult Result,
        Dataset Train,
        Dataset Test)> Fitted =
        new(() =>
        {
            var digits = EmbeddedDatasets.Digits();
            var (trainRows, testRows) = TrainTestSplit.Split(digits.RowCount, 0.2, 42);
            var train = digits.SelectRows(trainRows);
            var classifier = new MlpClassifier(ScikitLearnOptions);
            var result = classifier.Fit(train);
            return (classifier, result, train, digits.SelectRows(testRows));
        });

    [Fact]
    public void Fit_StopsAtTheRecordedEpoch()
    {
        var reference = ReferenceFile.Load("sklearn-digits-sgd.json");

        Assert.Equal(reference.GetProperty("n_iter").GetInt32(), Fitted.Value.Classifier.IterationCount);
        Assert.Equal(542, Fitted.Value.Result.IterationCount);
        Assert.Equal(StopReason.NoImprovement, Fitted.Value.Result.StopReason);
    }

    [Fact]
    public void Fit_EveryEpochLossWithinOneBillionth()
    {
        var expected = ReferenceFile.Doubles(ReferenceFile.Load("sklearn-digits-sgd.json").GetProperty("loss_curve"));
        var actual = Fitted.Value.Classifier.LossCurve;

        Assert.Equal(expected.Length, actual.Count);
        var worst = 0.0;
        for (var epoch = 0; epoch < expected.Length; epoch++)
        {
            var relative = Math.Abs(actual[epoch] - expected[epoch]) / expected[epoch];
            worst = Math.Max(worst, relative);
            Assert.True(relative <= 1e-9, $"epoch {epoch + 1}: expected {expected[epoch]:R}, got {actual[epoch]:R}");
        }

        output.WriteLine($"largest relative loss difference {worst:E2}");
    }

    [Fact]
    public void Fit_ScoresMatchScikitLearn()
    {
        var reference = ReferenceFile.Load("sklearn-digits-sgd.json");
        var (classifier, _, train, test) = Fitted.Value;

        Assert.Equal(reference.GetProperty("train_score").GetDouble(), classifier.Score(train));
        Assert.Equal(reference.GetProperty("test_score").GetDouble(), classifier.Score(test));
    }

    [Fact]
    public void Fit_FinalWeightsCloseToScikitLearn()
    {
        var reference = ReferenceFile.Load("sklearn-digits-sgd.json");
        var network = Fitted.Value.Classifier.Network!;
        var coefs = reference.GetProperty("final_coefs");
        var largest = 0.0;
        for (var l = 0; l < network.LayerCount; l++)
        {
            var rows = coefs[l].EnumerateArray().Select(ReferenceFile.Doubles).ToArray();
            for (var input = 0; input < rows.Length; input++)
            {
                for (var unit = 0; unit < rows[input].Length; unit++)
                {
                    largest = Math.Max(largest, Math.Abs(rows[input][unit] - network.Weights[l][unit, input]));
                }
            }
        }

        output.WriteLine($"largest absolute weight difference {largest:E2}");
        Assert.True(largest < 1e-9, $"largest absolute weight difference {largest:E2}");
    }
}
