using Mlp.Metrics;

namespace Mlp.Tests.Metrics;

/// <summary>
/// A hand-counted example: truth [a, a, b, b, b, c], predicted [a, b, b, b, a, b]. scikit-learn
/// 1.2.1's precision_recall_fscore_support gives the same precision [0.5, 0.5, 0], recall
/// [0.5, 2/3, 0], F1 [0.5, 4/7, 0] and support [2, 3, 1].
/// </summary>
public sealed class ConfusionMatrixTests
{
    private static readonly ConfusionMatrix Matrix = new(["a", "b", "c"], [0, 0, 1, 1, 1, 2], [0, 1, 1, 1, 0, 1]);

    [Fact]
    public void Counts_TrueRowsAgainstPredictedColumns()
    {
        int[,] expected = { { 1, 1, 0 }, { 1, 2, 0 }, { 0, 1, 0 } };
        for (var actual = 0; actual < 3; actual++)
        {
            for (var predicted = 0; predicted < 3; predicted++)
            {
                Assert.Equal(expected[actual, predicted], Matrix[actual, predicted]);
            }
        }

        Assert.Equal(6, Matrix.Total);
    }

    [Fact]
    public void Scores_MatchHandCount()
    {
        Assert.Equal(0.5, Matrix.Accuracy);
        Assert.Equal([0.5, 0.5, 0.0], [Matrix.Precision(0), Matrix.Precision(1), Matrix.Precision(2)]);
        Assert.Equal([0.5, 2.0 / 3, 0.0], [Matrix.Recall(0), Matrix.Recall(1), Matrix.Recall(2)]);
        Assert.Equal(0.5, Matrix.F1(0));
        Assert.Equal(4.0 / 7, Matrix.F1(1), 1e-15);
        Assert.Equal(0.0, Matrix.F1(2));
        Assert.Equal([2, 3, 1], [Matrix.Support(0), Matrix.Support(1), Matrix.Support(2)]);
    }

    [Fact]
    public void Constructor_IndexOutsideClasses_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new ConfusionMatrix(["a", "b"], [0, 2], [0, 1]));

        Assert.Equal("truth", exception.ParamName);
        Assert.Contains("Row 1 has class index 2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_LengthsDiffer_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new ConfusionMatrix(["a", "b"], [0, 1], [0]));

        Assert.Equal("predicted", exception.ParamName);
    }
}
