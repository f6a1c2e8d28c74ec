using Mlp.Estimators;
using Mlp.Tests.Models;
using Mlp.Training;

namespace Mlp.Tests.Estimators;

/// <summary>
/// Guards of <see cref="MlpClassifier{T}"/> for input that scikit-learn 1.2 rejects: an unfitted
/// model, zero rows, shapes that do not match, continuous labels and changed partial-fit classes.
/// </summary>
public class ClassifierInputTests
{
    private static readonly TrainingOptions Small = new()
    {
        HiddenLayerSizes = [3],
        MaxIterations = 2,
        RandomState = 0,
    };

    private static readonly double[,] Features = { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 }, { 0.5, 0.5 }, { 1, 2 } };

    [Fact]
    public void Score_Unfitted_ThrowsInvalidOperation()
    {
        var classifier = new MlpClassifier<double>();

        Assert.Throws<InvalidOperationException>(() => classifier.Score(SmallModels.Digits()));
    }

    [Fact]
    public void PublicMethods_Unfitted_ThrowInvalidOperation()
    {
        var classifier = new MlpClassifier<double>();
        var path = Path.Combine(Path.GetTempPath(), $"unfitted-{Guid.NewGuid():N}.json");

        Assert.Throws<InvalidOperationException>(() => classifier.Predict(SmallModels.Digits()));
        Assert.Throws<InvalidOperationException>(() => classifier.Predict(new double[1, 64]));
        Assert.Throws<InvalidOperationException>(() => classifier.PredictProba(SmallModels.Digits()));
        Assert.Throws<InvalidOperationException>(() => classifier.PredictProba(new double[1, 64]));
        Assert.Throws<InvalidOperationException>(() => classifier.Save(path));
        Assert.False(File.Exists(path));
        Assert.Empty(classifier.Classes);
    }

    [Fact]
    public void PredictAndScore_ZeroRows_ThrowArgument()
    {
        var classifier = SmallModels.Classifier<double>(SmallModels.Digits());
        var empty = SmallModels.Digits().SelectRows([]);

        var predict = Assert.Throws<ArgumentException>(() => classifier.Predict(new double[0, 64]));
        var proba = Assert.Throws<ArgumentException>(() => classifier.PredictProba(new double[0, 64]));
        var predictData = Assert.Throws<ArgumentException>(() => classifier.Predict(empty));
        var probaData = Assert.Throws<ArgumentException>(() => classifier.PredictProba(empty));
        var score = Assert.Throws<ArgumentException>(() => classifier.Score(empty));

        Assert.Equal("features", predict.ParamName);
        Assert.Equal("features", proba.ParamName);
        Assert.Equal("data", predictData.ParamName);
        Assert.Equal("data", probaData.ParamName);
        Assert.Equal("data", score.ParamName);
        Assert.Contains("at least one row", predict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FitAndPartialFit_ZeroRows_ThrowArgument()
    {
        var empty = SmallModels.Digits().SelectRows([]);

        var fit = Assert.Throws<ArgumentException>(() => new MlpClassifier<double>(Small).Fit(new double[0, 2], []));
        var fitData = Assert.Throws<ArgumentException>(() => new MlpClassifier<double>(Small).Fit(empty));
        var partial = Assert.Throws<ArgumentException>(
            () => new MlpClassifier<double>(Small).PartialFit(new double[0, 2], [], ["a", "b"]));
        var partialData = Assert.Throws<ArgumentException>(
            () => new MlpClassifier<double>(Small).PartialFit(empty, ["0", "1"]));

        Assert.Equal("features", fit.ParamName);
        Assert.Equal("data", fitData.ParamName);
        Assert.Equal("features", partial.ParamName);
        Assert.Equal("data", partialData.ParamName);
        Assert.Contains("at least one row", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_RowCountMismatch_NamesBothCounts()
    {
        var classifier = new MlpClassifier<double>(Small);

        var exception = Assert.Throws<ArgumentException>(() => classifier.Fit(new double[3, 2], ["a", "b"]));

        Assert.Equal("targets", exception.ParamName);
        Assert.Contains("3 rows", exception.Message, StringComparison.Ordinal);
        Assert.Contains("2 targets", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NoFeatureColumns_BlamesFeatures()
    {
        var classifier = new MlpClassifier<double>(Small);

        var exception = Assert.Throws<ArgumentException>(
            () => classifier.Fit(new double[4, 0], ["a", "b", "a", "b"]));

        Assert.Equal("features", exception.ParamName);
        Assert.Contains("0 columns", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_ContinuousLabels_SuggestsRegressor()
    {
        var classifier = new MlpClassifier<double>(Small);
        string[] labels = ["0.5", "1", "2", "0.5", "1", "2"];

        var exception = Assert.Throws<ArgumentException>(() => classifier.Fit(Features, labels));

        Assert.Equal("targets", exception.ParamName);
        Assert.Contains("continuous", exception.Message, StringComparison.Ordinal);
        Assert.Contains("\"0.5\"", exception.Message, StringComparison.Ordinal);
        Assert.Contains("MlpRegressor", exception.Message, StringComparison.Ordinal);
        Assert.Contains("--task regression", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartialFit_ContinuousClasses_Throws()
    {
        var classifier = new MlpClassifier<double>(Small);
        string[] labels = ["0.5", "1", "2", "0.5", "1", "2"];

        var exception = Assert.Throws<ArgumentException>(
            () => classifier.PartialFit(Features, labels, ["0.5", "1", "2"]));

        Assert.Equal("classes", exception.ParamName);
        Assert.Contains("continuous", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_WholeNumbersWithDecimalPoint_AreClasses()
    {
        var classifier = new MlpClassifier<double>(Small);

        // "1.0" is integral, so scikit-learn's type_of_target calls it multiclass, not continuous.
        classifier.Fit(Features, ["1.0", "2.0", "3.0", "1.0", "2.0", "3.0"]);

        Assert.Equal(["1.0", "2.0", "3.0"], classifier.Classes);
    }

    [Fact]
    public void PartialFit_ChangedClasses_NamesBothLists()
    {
        var classifier = new MlpClassifier<double>(Small);
        string[] labels = ["0", "1", "2", "0", "1", "2"];
        classifier.PartialFit(Features, labels, ["0", "1", "2"]);

        var exception = Assert.Throws<ArgumentException>(
            () => classifier.PartialFit(Features, labels, ["0", "1", "2", "3"]));

        Assert.Equal("classes", exception.ParamName);
        Assert.Contains("[0, 1, 2, 3]", exception.Message, StringComparison.Ordinal);
        Assert.Contains("[0, 1, 2]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartialFit_ReorderedClasses_Continues()
    {
        // scikit-learn 1.2 compares unique_labels(classes), so order and repeats do not matter.
        // Checked with MLPClassifier.partial_fit and classes [2, 1, 0] and [0, 1, 2, 2].
        var classifier = new MlpClassifier<double>(Small);
        string[] labels = ["0", "1", "2", "0", "1", "2"];
        classifier.PartialFit(Features, labels, ["0", "1", "2"]);

        classifier.PartialFit(Features, labels, ["2", "1", "0"]);
        classifier.PartialFit(Features, labels, ["0", "1", "2.0", "2"]);

        Assert.Equal(3, classifier.IterationCount);
    }
}
