using Mlp.Data;

namespace Mlp.Tests.Data;

public class EmbeddedDatasetsTests
{
    // First and last rows of the resource, from `zcat digits.csv.gz | head -1` and `| tail -1`.
    // scikit-learn 1.2.1's load_digits() gives the same rows: data[0] with target 0 and
    // data[-1] with target 8.
    private static readonly double[] s_firstRow =
    [
        0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0, 0, 3, 15, 2, 0, 11, 8, 0,
        0, 4, 12, 0, 0, 8, 8, 0, 0, 5, 8, 0, 0, 9, 8, 0, 0, 4, 11, 0, 1, 12, 7, 0,
        0, 2, 14, 5, 10, 12, 0, 0, 0, 0, 6, 13, 10, 0, 0, 0,
    ];

    private static readonly double[] s_lastRow =
    [
        0, 0, 10, 14, 8, 1, 0, 0, 0, 2, 16, 14, 6, 1, 0, 0, 0, 0, 15, 15, 8, 15, 0, 0,
        0, 0, 5, 16, 16, 10, 0, 0, 0, 0, 12, 15, 15, 12, 0, 0, 0, 4, 16, 6, 4, 16, 6, 0,
        0, 8, 16, 10, 8, 16, 8, 0, 0, 1, 8, 12, 14, 12, 1, 0,
    ];

    [Fact]
    public void Digits_Shape_Is1797By64()
    {
        var digits = EmbeddedDatasets.Digits();

        Assert.Equal(1797, digits.RowCount);
        Assert.Equal(64, digits.FeatureCount);
        Assert.Equal(1797 * 64, digits.Features.Length);
        Assert.Equal("digits", digits.Name);
        Assert.Equal("digit", digits.TargetName);
    }

    [Fact]
    public void Digits_FirstRow_MatchesFile()
    {
        var digits = EmbeddedDatasets.Digits();

        Assert.Equal(s_firstRow, digits.Row(0).ToArray());
        Assert.Equal("0", digits.Targets[0]);
    }

    [Fact]
    public void Digits_LastRow_MatchesFile()
    {
        var digits = EmbeddedDatasets.Digits();

        Assert.Equal(s_lastRow, digits.Row(1796).ToArray());
        Assert.Equal("8", digits.Targets[1796]);
    }

    [Fact]
    public void Digits_ClassCounts_MatchScikitLearn()
    {
        // np.bincount(load_digits().target) with scikit-learn 1.2.1.
        int[] expected = [178, 182, 177, 183, 181, 182, 181, 179, 174, 180];

        var summary = DatasetSummary.Compute(EmbeddedDatasets.Digits());

        Assert.Equal(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"], summary.Classes);
        Assert.Equal(expected, summary.ClassCounts);
    }

    [Fact]
    public void Digits_Values_AreIntegersFrom0To16()
    {
        var summary = DatasetSummary.Compute(EmbeddedDatasets.Digits());

        Assert.True(summary.FeaturesAreIntegers);
        Assert.Equal(0, summary.FeatureMinimum);
        Assert.Equal(16, summary.FeatureMaximum);
    }

    [Fact]
    public void Digits_FeatureNames_MatchScikitLearn()
    {
        // load_digits().feature_names: pixel_<row>_<column>, row-major.
        var names = EmbeddedDatasets.Digits().FeatureNames;

        Assert.Equal("pixel_0_0", names[0]);
        Assert.Equal("pixel_0_7", names[7]);
        Assert.Equal("pixel_1_0", names[8]);
        Assert.Equal("pixel_7_7", names[63]);
    }

    [Fact]
    public void Digits_EachCall_ReturnsIndependentCopy()
    {
        var first = EmbeddedDatasets.Digits();
        first.Features[2] = -1;

        var second = EmbeddedDatasets.Digits();

        Assert.NotSame(first.Features, second.Features);
        Assert.Equal(5, second.Features[2]);
    }

    [Fact]
    public void DescribeDigits_Counts_MatchLoadedData()
    {
        var description = EmbeddedDatasets.DescribeDigits();
        var digits = EmbeddedDatasets.Digits();

        Assert.Equal(digits.RowCount, description.RowCount);
        Assert.Equal(digits.FeatureCount, description.FeatureCount);
        Assert.Equal(ClassLabels.Fit(digits.Targets).Count, description.ClassCount);
        Assert.Equal("digits", description.Name);
    }

    [Fact]
    public void DescribeDigits_Licence_NamesCcBy40AndAuthors()
    {
        var description = EmbeddedDatasets.DescribeDigits();

        Assert.Contains("CC BY 4.0", description.Licence, StringComparison.Ordinal);
        Assert.Contains("Alpaydin", description.Attribution, StringComparison.Ordinal);
        Assert.Contains("Kaynak", description.Attribution, StringComparison.Ordinal);
        Assert.Equal("archive.ics.uci.edu", description.Source.Host);
    }

    [Fact]
    public void Load_Digits_ReturnsDigits()
    {
        var digits = EmbeddedDatasets.Load("digits");

        Assert.Equal(1797, digits.RowCount);
        Assert.Equal(s_firstRow, digits.Row(0).ToArray());
    }

    [Fact]
    public void Load_UnknownName_ListsBuiltInNames()
    {
        var exception = Assert.Throws<ArgumentException>(() => EmbeddedDatasets.Load("iris"));

        Assert.Equal("name", exception.ParamName);
        Assert.Contains("\"iris\"", exception.Message, StringComparison.Ordinal);
        Assert.Contains("digits", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_UnknownName_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => EmbeddedDatasets.Describe("Digits"));

        Assert.Equal("name", exception.ParamName);
    }

    [Fact]
    public void Contains_MatchesExactName()
    {
        Assert.True(EmbeddedDatasets.Contains("digits"));
        Assert.False(EmbeddedDatasets.Contains("Digits"));
        Assert.Equal(["digits"], EmbeddedDatasets.Names);
    }
}
