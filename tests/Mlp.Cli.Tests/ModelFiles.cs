using System.Globalization;
using Mlp.Data;

namespace Mlp.Cli.Tests;

/// <summary>
/// Trains small models through the command line and writes data files for the model command tests.
/// </summary>
internal static class ModelFiles
{
    /// <summary>
    /// Options of a small, fast digits classifier: 16 tanh units, 5 Adam epochs, seed 1.
    /// </summary>
    public static readonly string[] SmallDigits =
    [
        "train", "--data", "digits", "--hidden-layer-sizes", "16", "--activation", "tanh", "--max-iter", "5",
        "--random-state", "1", "--quiet",
    ];

    /// <summary>
    /// Trains with <paramref name="extra"/> options, saves to <paramref name="path"/> and returns
    /// the path.
    /// </summary>
    public static string Train(string path, params string[] extra)
    {
        var (exitCode, _, error) = Cli.Run([.. SmallDigits, "--save", path, .. extra]);
        Assert.True(exitCode == 0, error);
        return path;
    }

    /// <summary>
    /// Writes rows of a data set as CSV, with a header when <paramref name="header"/> is true.
    /// </summary>
    public static string WriteCsv(TempFolder folder, string name, Dataset data, bool header, bool withTarget)
    {
        var lines = new List<string>();
        if (header)
        {
            lines.Add(string.Join(",", withTarget ? [.. data.FeatureNames, data.TargetName] : data.FeatureNames));
        }

        for (var row = 0; row < data.RowCount; row++)
        {
            var cells = data.Row(row).ToArray().Select(value => value.ToString("R", CultureInfo.InvariantCulture));
            lines.Add(string.Join(",", withTarget ? [.. cells, data.Targets[row]] : cells));
        }

        return folder.WriteText(name, string.Join("\n", lines) + "\n");
    }

    /// <summary>
    /// Reads a CSV of numbers written by mlp predict: the header and the rows of cells.
    /// </summary>
    public static (string[] Header, string[][] Rows) ReadCsv(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (lines[0].Split(','), [.. lines.Skip(1).Select(line => line.Split(','))]);
    }

    /// <summary>
    /// The test rows of mlp train's default split of the digits: test size 0.2, seed 42.
    /// </summary>
    public static (Dataset Train, Dataset Test) DigitsSplit()
    {
        var digits = EmbeddedDatasets.Digits();
        var (train, test) = TrainTestSplit.Split(digits.RowCount, 0.2, 42);
        return (digits.SelectRows(train), digits.SelectRows(test));
    }
}
