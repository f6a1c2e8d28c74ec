namespace Mlp.Cli.Tests.Commands;

// Digits values come from the embedded file (`zcat digits.csv.gz`): row 0 starts
// 0,0,5,13,9,1,0,0 and has digit 0, row 1 starts 0,0,0,12,13,5,0,0 and has digit 1, and rows
// 1795 and 1796 have digits 9 and 8. Class counts are np.bincount(load_digits().target)
// from scikit-learn 1.2.1.
public sealed class DataCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void DescribeDigits_MatchesSnapshot()
    {
        var (exitCode, output, error) = Run("data", "describe", "digits");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Snapshot.AssertMatches("data-describe-digits.txt", output);
    }

    [Fact]
    public void DescribeDigits_ShowsShapeAndClassCounts()
    {
        var (_, output, _) = Run("data", "describe", "digits");
        var lines = Lines(output);

        Assert.Contains("  rows       1797", lines);
        Assert.Contains("  features   64: pixel_0_0, pixel_0_1, pixel_0_2, ..., pixel_7_7", lines);
        Assert.Contains("  values     integers from 0 to 16", lines);
        Assert.Contains("  target     digit, 10 classes", lines);
        Assert.Contains("  0       178    9.9%", lines);
        Assert.Contains("  8       174    9.7%", lines);
        Assert.Contains("  9       180   10.0%", lines);
    }

    [Fact]
    public void DescribeDigits_ShowsLicenceAndCredit()
    {
        var (_, output, _) = Run("data", "describe", "digits");

        Assert.Contains("CC BY 4.0", output, StringComparison.Ordinal);
        Assert.Contains("Credit: E. Alpaydin and C. Kaynak", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowDigits_CountTwo_MatchesSnapshot()
    {
        var (exitCode, output, error) = Run("data", "show", "digits", "--count", "2");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Snapshot.AssertMatches("data-show-digits-2.txt", output);
    }

    [Fact]
    public void ShowDigits_CountTwo_DrawsTwoLabelledImages()
    {
        var (_, output, _) = Run("data", "show", "digits", "--count", "2");
        var lines = Lines(output);

        // Caption, top edge, 8 pixel rows, bottom edge.
        Assert.Equal(11, lines.Length);
        Assert.Equal("digit 0 (row 0)     digit 1 (row 1)", lines[0]);
        Assert.Equal("┌────────────────┐  ┌────────────────┐", lines[1]);
        Assert.Equal("│    ░░▓▓▒▒      │  │      ▓▓▓▓░░    │", lines[2]);
        Assert.Equal("└────────────────┘  └────────────────┘", lines[10]);
        Assert.All(lines[2..10], line => Assert.Equal(38, line.Length));
    }

    [Fact]
    public void ShowDigits_Default_DrawsTenWithin80Columns()
    {
        var (exitCode, output, _) = Run("data", "show", "digits");
        var lines = Lines(output);

        Assert.Equal(0, exitCode);

        // Groups of 4, 4 and 2 images, 11 lines each, with a blank line between groups.
        Assert.Equal((3 * 11) + 2, lines.Length);
        Assert.Equal(10, lines.Sum(line => line.Split("(row ").Length - 1));
        Assert.Contains("digit 9 (row 9)", lines[24], StringComparison.Ordinal);
        Assert.All(lines, line => Assert.True(line.Length <= 80, $"Line too long: {line}"));
    }

    [Fact]
    public void ShowDigits_StartNearEnd_DrawsRemainingRows()
    {
        var (exitCode, output, _) = Run(
            "data", "show", "digits", "--start", "1795", "--count", "5");
        var lines = Lines(output);

        Assert.Equal(0, exitCode);
        Assert.Equal(11, lines.Length);
        Assert.Equal("digit 9 (row 1795)  digit 8 (row 1796)", lines[0]);
    }

    [Fact]
    public void DescribeCsv_ShowsRowsFeaturesAndClasses()
    {
        var path = _folder.WriteText(
            "pets.csv",
            "weight,height,kind\n1.5,2,cat\n-3,4,dog\n5,6,cat\n");

        var (exitCode, output, error) = Run("data", "describe", path);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Equal(
            $"""
            {path}

              rows       3
              features   2: weight, height
              values     from -3 to 6
              target     kind, 2 classes

              class  rows   share
              cat       2   66.7%
              dog       1   33.3%

            """,
            output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void DescribeCsv_TargetIndex_UsesThatColumn()
    {
        var path = _folder.WriteText("first.csv", "3,1\n3,2\n10,4\n");

        var (exitCode, output, _) = Run("data", "describe", path, "--target-index", "0");
        var lines = Lines(output);

        Assert.Equal(0, exitCode);
        Assert.Contains("  features   1: x0", lines);
        Assert.Contains("  values     integers from 1 to 4", lines);
        Assert.Contains("  3" + new string(' ', 9) + "2   66.7%", lines);
        Assert.Contains("  10" + new string(' ', 8) + "1   33.3%", lines);
    }

    [Fact]
    public void DescribeCsv_SeparatorAndTargetName_AreApplied()
    {
        var path = _folder.WriteText("semicolon.csv", "label;a\nx;1.25\n");

        var (exitCode, output, _) = Run(
            "data", "describe", path, "--separator", ";", "--target", "label");
        var lines = Lines(output);

        Assert.Equal(0, exitCode);
        Assert.Contains("  features   1: a", lines);
        Assert.Contains("  target     label, 1 class", lines);
    }

    [Fact]
    public void DescribeCsv_BadCell_FailsWithOneLine()
    {
        var path = _folder.WriteText("bad.csv", "a,b\n1,x\n?,y\n");

        var (exitCode, output, error) = Run("data", "describe", path);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Single(Lines(error));
        Assert.StartsWith(
            $"mlp: error: {path}, line 3, column 1 (\"a\"): \"?\" is not a number.",
            error);
    }

    [Fact]
    public void DescribeUnknownName_FailsWithOneLine()
    {
        var (exitCode, output, error) = Run("data", "describe", "no-such-data");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal(
            "mlp: error: \"no-such-data\" is neither a built-in data set (digits) nor an " +
            "existing file. Check the name or the path.\n",
            error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void DescribeDigits_CsvOption_Fails()
    {
        var (exitCode, _, error) = Run("data", "describe", "digits", "--target", "digit");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("mlp: error: --header, --target, --target-index and --separator", error);
    }

    [Fact]
    public void DescribeCsv_LongSeparator_Fails()
    {
        var path = _folder.WriteText("any.csv", "1,2\n");

        var (exitCode, _, error) = Run("data", "describe", path, "--separator", ";;");

        Assert.Equal(2, exitCode);
        Assert.StartsWith(
            "mlp: error: --separator must be one character or tab, got \";;\".",
            error);
    }

    [Fact]
    public void ShowUnknownName_FailsWithOneLine()
    {
        var (exitCode, output, error) = Run("data", "show", "mnist");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Single(Lines(error));
        Assert.StartsWith("mlp: error: Cannot draw \"mnist\"", error);
    }

    [Theory]
    [InlineData("--count", "0", "--count must be at least 1, got 0.")]
    [InlineData("--start", "-1", "--start must be a row from 0 to 1796, got -1.")]
    [InlineData("--start", "1797", "--start must be a row from 0 to 1796, got 1797.")]
    public void ShowDigits_OptionOutOfRange_Fails(string option, string value, string message)
    {
        var (exitCode, output, error) = Run("data", "show", "digits", option, value);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"mlp: error: {message}\n", error.ReplaceLineEndings("\n"));
    }

    private static CliResult Run(params string[] args) => Cli.Run(args);

    private static string[] Lines(string text) =>
        text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
