using Mlp.Data;

namespace Mlp.Tests.Data;

// Expected orders come from NumPy 1.24.2: np.unique on the labels as strings, or on the
// numbers when every label is a number (as pandas would read such a column).
public class ClassLabelsTests
{
    [Fact]
    public void Fit_IntegerLabelsWithGaps_SortNumerically()
    {
        // np.unique([10, 2, 9, 100]) -> [2, 9, 10, 100]; as strings it would be
        // ['10', '100', '2', '9'].
        var labels = ClassLabels.Fit(["10", "2", "9", "100", "2", "10"]);

        Assert.Equal(["2", "9", "10", "100"], labels.Classes);
        Assert.True(labels.IsNumeric);
        Assert.Equal(4, labels.Count);
    }

    [Fact]
    public void Fit_SignedAndDecimalLabels_SortByValue()
    {
        // np.unique([0.5, -1, -2.5, 3]) -> [-2.5, -1, 0.5, 3].
        var labels = ClassLabels.Fit(["0.5", "-1", "-2.5", "3"]);

        Assert.Equal(["-2.5", "-1", "0.5", "3"], labels.Classes);
    }

    [Fact]
    public void Fit_SameValueDifferentText_IsOneClass()
    {
        // pandas reads 1 and 1.0 in one column as the float 1.0, so scikit-learn gets one class.
        var labels = ClassLabels.Fit(["1", "2", "1.0", " 1"]);

        Assert.Equal(["1", "2"], labels.Classes);
        Assert.Equal([0, 1, 0, 0], labels.Encode(["1", "2", "1.0", " 1"]));
    }

    [Fact]
    public void Fit_StringLabels_SortByCodePoint()
    {
        // np.unique(['b', 'B', 'a', 'é', 'Z']) -> ['B', 'Z', 'a', 'b', 'é'].
        var labels = ClassLabels.Fit(["b", "B", "a", "é", "Z"]);

        Assert.Equal(["B", "Z", "a", "b", "é"], labels.Classes);
        Assert.False(labels.IsNumeric);
    }

    [Fact]
    public void Fit_NumbersMixedWithText_SortAsText()
    {
        // np.unique(['10', '9', 'a', '2']) -> ['10', '2', '9', 'a'].
        var labels = ClassLabels.Fit(["10", "9", "a", "2"]);

        Assert.Equal(["10", "2", "9", "a"], labels.Classes);
    }

    [Fact]
    public void Fit_NaNLabel_SortsAsText()
    {
        // NaN is not a finite number, so the labels are text.
        // np.unique(['NaN', '1']) -> ['1', 'NaN'].
        var labels = ClassLabels.Fit(["NaN", "1"]);

        Assert.Equal(["1", "NaN"], labels.Classes);
        Assert.False(labels.IsNumeric);
    }

    [Fact]
    public void Fit_CharactersBeyondU_FFFF_SortAfterFullwidth()
    {
        // np.unique(['\U0001F600', '\uFF01']) -> ['！', '😀'] (code points U+FF01 < U+1F600),
        // whereas UTF-16 ordinal order would put the surrogate pair (0xD83D) first.
        var labels = ClassLabels.Fit(["\U0001F600", "\uFF01"]);

        Assert.Equal(["\uFF01", "\U0001F600"], labels.Classes);
    }

    [Fact]
    public void Fit_Prefix_SortsFirst()
    {
        var labels = ClassLabels.Fit(["ab", "a", "abc"]);

        Assert.Equal(["a", "ab", "abc"], labels.Classes);
    }

    [Fact]
    public void Fit_NumericLabels_KeepFirstText()
    {
        var labels = ClassLabels.Fit(["1.0", "1", "-0", "0"]);

        Assert.Equal(["-0", "1.0"], labels.Classes);
    }

    [Fact]
    public void Encode_ReturnsClassIndices()
    {
        var labels = ClassLabels.Fit(["cat", "dog", "bird"]);

        Assert.Equal([1, 2, 0, 1], labels.Encode(["cat", "dog", "bird", "cat"]));
    }

    [Fact]
    public void Decode_ReturnsOriginalText()
    {
        var labels = ClassLabels.Fit(["10", "9"]);

        Assert.Equal("9", labels.Decode(0));
        Assert.Equal("10", labels.Decode(1));
    }

    [Fact]
    public void Encode_UnknownLabel_NamesItAndListsClasses()
    {
        var labels = ClassLabels.Fit(["1", "2", "5"]);

        var exception = Assert.Throws<ArgumentException>(() => labels.Encode(["2", "7"]));

        Assert.Equal("targets", exception.ParamName);
        Assert.StartsWith(
            "Label \"7\" at row 2 is not one of the 3 known classes: \"1\", \"2\", \"5\".",
            exception.Message);
    }

    [Fact]
    public void Encode_UnknownTextInNumericClasses_IsRejected()
    {
        var labels = ClassLabels.Fit(["1", "2"]);

        var exception = Assert.Throws<ArgumentException>(() => labels.Encode(["one"]));

        Assert.Contains("\"one\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_ManyClasses_ListsTheFirst20()
    {
        var labels = ClassLabels.Fit([.. Enumerable.Range(0, 30).Select(i => $"{i}")]);

        var exception = Assert.Throws<ArgumentException>(() => labels.Encode(["99"]));

        Assert.Contains("\"19\", ... (10 more)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_NullLabel_IsRejected()
    {
        var labels = ClassLabels.Fit(["a"]);

        var exception = Assert.Throws<ArgumentNullException>(() => labels.Encode([null!]));

        Assert.Equal("targets[0]", exception.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void Decode_OutOfRange_Throws(int index)
    {
        var labels = ClassLabels.Fit(["a", "b"]);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => labels.Decode(index));

        Assert.Equal("index", exception.ParamName);
    }

    [Fact]
    public void Fit_Empty_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => ClassLabels.Fit([]));

        Assert.Equal("targets", exception.ParamName);
    }

    [Fact]
    public void Fit_NullLabel_Throws()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => ClassLabels.Fit(["a", null!]));

        Assert.Equal("targets[1]", exception.ParamName);
    }

    [Fact]
    public void Classes_CannotBeChanged()
    {
        var labels = ClassLabels.Fit(["a", "b"]);

        Assert.Throws<NotSupportedException>(() => ((IList<string>)labels.Classes)[0] = "z");
        Assert.Equal("a", labels.Decode(0));
    }
}
