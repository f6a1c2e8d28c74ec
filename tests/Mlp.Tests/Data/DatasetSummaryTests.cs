using Mlp.Data;

namespace Mlp.Tests.Data;

// Expected values are read off the small tables by hand.
public class DatasetSummaryTests
{
    [Fact]
    public void Compute_CountsRowsPerClass()
    {
        var data = new Dataset(
            "table",
            [1, 2, 3, 4, 5, 6, 7, 8],
            ["a", "b"],
            ["10", "9", "10", "10"],
            "label");

        var summary = DatasetSummary.Compute(data);

        Assert.Equal(4, summary.RowCount);
        Assert.Equal(2, summary.FeatureCount);
        Assert.Equal(["9", "10"], summary.Classes);
        Assert.Equal([1, 3], summary.ClassCounts);
    }

    [Fact]
    public void Compute_FindsFeatureRange()
    {
        var data = new Dataset("table", [0.5, -2, 7.25, 3], ["a", "b"], ["x", "y"], "label");

        var summary = DatasetSummary.Compute(data);

        Assert.Equal(-2, summary.FeatureMinimum);
        Assert.Equal(7.25, summary.FeatureMaximum);
        Assert.False(summary.FeaturesAreIntegers);
    }

    [Fact]
    public void Compute_WholeNumbers_AreIntegers()
    {
        var data = new Dataset("table", [0, -2, 7, 3], ["a", "b"], ["x", "y"], "label");

        Assert.True(DatasetSummary.Compute(data).FeaturesAreIntegers);
    }

    [Fact]
    public void Compute_NoRows_HasNoRangeOrClasses()
    {
        var data = new Dataset("table", [], ["a"], [], "label");

        var summary = DatasetSummary.Compute(data);

        Assert.Equal(0, summary.RowCount);
        Assert.True(double.IsNaN(summary.FeatureMinimum));
        Assert.True(double.IsNaN(summary.FeatureMaximum));
        Assert.False(summary.FeaturesAreIntegers);
        Assert.Empty(summary.Classes);
        Assert.Empty(summary.ClassCounts);
    }
}
