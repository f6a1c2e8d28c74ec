using Mlp.Estimators;
using Mlp.Models;

namespace Mlp.Tests.Models;

/// <summary>
/// A warm start from a saved model continues exactly as a warm start of the estimator that was
/// saved: scikit-learn's warm_start, where the loss curve continues and the optimizer is new.
/// </summary>
public sealed class WarmStartTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void WarmStartFromFile_MatchesWarmStartInMemory(bool earlyStopping)
    {
        var data = SmallModels.Digits();
        var options = SmallModels.Options with { EarlyStopping = earlyStopping, WarmStart = true };
        var inMemory = SmallModels.Classifier<double>(data, options);
        var path = Path.Combine(folder.Path, "first.json");
        inMemory.Save(path);

        inMemory.Fit(data);
        var fromFile = (MlpClassifier<double>)ModelFile.Load<double>(path, options).Estimator;
        fromFile.Fit(data);

        Assert.Equal(8, fromFile.IterationCount);
        Assert.Equal(inMemory.LossCurve, fromFile.LossCurve);
        Assert.Equal(inMemory.ValidationScores, fromFile.ValidationScores);
        Assert.Equal(inMemory.Network!.Parameters.Values, fromFile.Network!.Parameters.Values);
    }

    [Fact]
    public void WarmStart_LossCurveContinuesFromSavedEpochs()
    {
        var data = SmallModels.Digits();
        var path = Path.Combine(folder.Path, "first.json");
        var first = SmallModels.Classifier<double>(data);
        first.Save(path);

        var options = SmallModels.Options with { WarmStart = true, MaxIterations = 2 };
        var continued = (MlpClassifier<double>)ModelFile.Load<double>(path, options).Estimator;
        continued.Fit(data);

        Assert.Equal(6, continued.LossCurve.Count);
        Assert.Equal(first.LossCurve, continued.LossCurve.Take(4));
        Assert.True(continued.LossCurve[5] < first.LossCurve[3]);
    }

    [Fact]
    public void Load_OptionsWithOtherLayers_Throws()
    {
        var path = Path.Combine(folder.Path, "first.json");
        SmallModels.Classifier<double>(SmallModels.Digits()).Save(path);

        var exception = Assert.Throws<ArgumentException>(
            () => ModelFile.Load<double>(path, SmallModels.Options with { HiddenLayerSizes = [30] }));

        Assert.Equal("options", exception.ParamName);
        Assert.Contains("hidden_layer_sizes [30]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OptionsThatChangeEarlyStopping_Throws()
    {
        var path = Path.Combine(folder.Path, "first.json");
        SmallModels.Classifier<double>(SmallModels.Digits()).Save(path);

        var exception = Assert.Throws<ArgumentException>(
            () => ModelFile.Load<double>(path, SmallModels.Options with { EarlyStopping = true }));

        Assert.Equal("options", exception.ParamName);
        Assert.Contains("early_stopping true", exception.Message, StringComparison.Ordinal);
    }
}
