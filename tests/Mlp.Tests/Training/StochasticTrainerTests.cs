using Mlp.Activations;
using Mlp.Data;
using Mlp.Estimators;
using Mlp.Training;

namespace Mlp.Tests.Training;

/// <summary>Properties of the training loop that the scikit-learn replays do not cover.</summary>
public class StochasticTrainerTests
{
    private static readonly Lazy<Dataset> Digits = new(() =>
    {
        var digits = EmbeddedDatasets.Digits();
        return digits.SelectRows(Enumerable.Range(0, 400).ToArray());
    });

    [Fact]
    public void Fit_SameSeed_GivesBitIdenticalWeights()
    {
        var options = new TrainingOptions { HiddenLayerSizes = [16], MaxIterations = 5, RandomState = 11 };

        var first = new MlpClassifier(options);
        first.Fit(Digits.Value);
        var second = new MlpClassifier(options);
        second.Fit(Digits.Value);

        ReferenceFile.AssertBitwiseEqual(first.Network!.Parameters.Values, second.Network!.Parameters.Values);
        Assert.Equal(first.LossCurve, second.LossCurve);
    }

    [Fact]
    public void Fit_OtherSeed_GivesOtherWeights()
    {
        var first = new MlpClassifier(new TrainingOptions
        {
            HiddenLayerSizes = [16],
            MaxIterations = 2,
            RandomState = 1,
        });
        first.Fit(Digits.Value);
        var second = new MlpClassifier(new TrainingOptions
        {
            HiddenLayerSizes = [16],
            MaxIterations = 2,
            RandomState = 2,
        });
        second.Fit(Digits.Value);

        Assert.NotEqual(first.Network!.Parameters.Values, second.Network!.Parameters.Values);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(200)]
    public void Fit_AllocatesNothingPerStep(int batchSize)
    {
        // Allocations grow with epochs only through the loss curve and progress reports, so the
        // difference between 2 and 6 epochs stays far below one byte per step. The count covers
        // this thread, which runs every step of a single-threaded fit.
        var data = Digits.Value;
        long Allocated(int epochs)
        {
            var classifier = new MlpClassifier(new TrainingOptions
            {
                HiddenLayerSizes = [20],
                Solver = Solver.Sgd,
                BatchSize = batchSize,
                MaxIterations = epochs,
                Tolerance = 0,
                IterationsWithoutImprovement = 100,
                RandomState = 3,
            });
            var before = GC.GetAllocatedBytesForCurrentThread();
            classifier.Fit(data);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Allocated(1);
        var steps = 4 * ((data.RowCount + batchSize - 1) / batchSize);

        // The smallest of three measurements, because a kernel's first parallel call starts its
        // worker thread once, which another test's change of thread count can trigger mid-run.
        var extra = Enumerable.Range(0, 3).Min(_ => Allocated(6) - Allocated(2));

        Assert.True(extra < 4096, $"{extra} bytes for {steps} more steps");
    }

    [Fact]
    public void Fit_ReportsEveryEpochInOrder()
    {
        var reports = new List<EpochProgress>();
        var classifier = new MlpClassifier(new TrainingOptions
        {
            HiddenLayerSizes = [8],
            MaxIterations = 4,
            RandomState = 0,
        });

        classifier.Fit(Digits.Value, new SynchronousProgress(reports.Add));

        Assert.Equal([1, 2, 3, 4], reports.Select(report => report.Epoch));
        Assert.Equal(classifier.LossCurve, reports.Select(report => report.Loss));
        Assert.All(reports, report => Assert.Equal(4, report.MaxEpochs));
    }

    [Fact]
    public void Fit_CancelledToken_StopsWithCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var classifier = new MlpClassifier(new TrainingOptions
        {
            HiddenLayerSizes = [8],
            MaxIterations = 50,
            RandomState = 0,
        });

        var result = classifier.Fit(
            Digits.Value,
            new SynchronousProgress(report =>
            {
                if (report.Epoch == 3)
                {
                    cancellation.Cancel();
                }
            }),
            cancellation.Token);

        Assert.Equal(StopReason.Cancelled, result.StopReason);
        Assert.Equal(3, result.IterationCount);
        Assert.True(classifier.IsFitted);
    }

    [Fact]
    public void Fit_Float32_TracksFloat64()
    {
        var options = new TrainingOptions
        {
            HiddenLayerSizes = [16],
            Activation = Activation.Tanh,
            Solver = Solver.Sgd,
            MaxIterations = 5,
            RandomState = 4,
        };
        var single = new MlpClassifier<float>(options);
        single.Fit(Digits.Value);
        var full = new MlpClassifier(options);
        full.Fit(Digits.Value);

        for (var epoch = 0; epoch < 5; epoch++)
        {
            Assert.Equal(full.LossCurve[epoch], single.LossCurve[epoch], 1e-4);
        }
    }

    [Fact]
    public void Fit_TextbookStoppingOff_RunsEveryEpoch()
    {
        // tol 0 with a patience equal to the epoch limit can never fire.
        var classifier = new MlpClassifier(new TrainingOptions
        {
            HiddenLayerSizes = [8],
            Solver = Solver.Sgd,
            LearningRateInit = 1e-9,
            MaxIterations = 12,
            Tolerance = 0,
            IterationsWithoutImprovement = 12,
            RandomState = 0,
        });

        var result = classifier.Fit(Digits.Value);

        Assert.Equal(StopReason.MaxIterations, result.StopReason);
        Assert.Equal(12, result.EpochsRun);
    }

    [Fact]
    public void Fit_NoImprovement_StopsAfterPatiencePlusOne()
    {
        // A learning rate of 1e-12 leaves the loss flat, so no epoch improves on the first by
        // tol = 1: the count reaches 3 at epoch 4, which exceeds n_iter_no_change = 2.
        var classifier = new MlpClassifier(new TrainingOptions
        {
            HiddenLayerSizes = [8],
            Solver = Solver.Sgd,
            LearningRateInit = 1e-12,
            Tolerance = 1,
            IterationsWithoutImprovement = 2,
            RandomState = 0,
        });

        var result = classifier.Fit(Digits.Value);

        Assert.Equal(StopReason.NoImprovement, result.StopReason);
        Assert.Equal(4, result.IterationCount);
    }

    [Fact]
    public void Constructor_InvalidOptions_ListsEveryProblem()
    {
        var exception = Assert.Throws<ArgumentException>(() => new MlpClassifier(new TrainingOptions
        {
            HiddenLayerSizes = [],
            Alpha = -1,
            Momentum = 1,
            ValidationFraction = 1,
        }));

        Assert.Equal("options", exception.ParamName);
        Assert.Contains("hidden_layer_sizes must list at least one layer", exception.Message, StringComparison.Ordinal);
        Assert.Contains("alpha must be in [0, ∞); got -1.", exception.Message, StringComparison.Ordinal);
        Assert.Contains("momentum must be in [0, 1); got 1.", exception.Message, StringComparison.Ordinal);
        Assert.Contains("validation_fraction must be in (0, 1); got 1.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_SingleClass_IsRejected()
    {
        var classifier = new MlpClassifier();

        var exception = Assert.Throws<ArgumentException>(
            () => classifier.Fit(new double[,] { { 1 }, { 2 } }, ["a", "a"]));

        Assert.Equal("targets", exception.ParamName);
    }

    [Fact]
    public void Fit_NonFiniteFeature_NamesRowAndColumn()
    {
        var classifier = new MlpClassifier();

        var exception = Assert.Throws<ArgumentException>(() =>
            classifier.Fit(new double[,] { { 1, 2 }, { 3, double.NaN } }, ["a", "b"]));

        Assert.Equal("features", exception.ParamName);
        Assert.Contains("Feature 1 of row 1 is NaN", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_BeforeFit_Throws()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => new MlpClassifier().Predict(Digits.Value));

        Assert.Contains("not fitted", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_OtherFeatureCount_NamesBothCounts()
    {
        var classifier = new MlpClassifier(new TrainingOptions
        {
            HiddenLayerSizes = [4],
            MaxIterations = 1,
            RandomState = 0,
        });
        classifier.Fit(Digits.Value);

        var exception = Assert.Throws<ArgumentException>(() => classifier.Predict(new double[,] { { 1, 2, 3 } }));

        Assert.Contains("trained on 64 features; the data has 3", exception.Message, StringComparison.Ordinal);
    }

    private sealed class SynchronousProgress(Action<EpochProgress> handler) : IProgress<EpochProgress>
    {
        public void Report(EpochProgress value) => handler(value);
    }
}
