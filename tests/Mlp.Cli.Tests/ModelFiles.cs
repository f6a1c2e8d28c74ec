using System.Globalization;
using System.Text.Json.Nodes;
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
    /// Trains a model on two features a and b with one identity hidden unit and writes it to
    /// <paramref name="path"/>, then sets its weights so that the hidden unit is
    /// h = 1e308 · (a + b) and the first output is h: it overflows to +∞ exactly when
    /// a + b > double.MaxValue / 1e308 ≈ 1.8, and is finite otherwise. A classifier learns
    /// the three classes p, q and r, whose logits (h, 0 · h, 0 · h) are NaN when h is ∞.
    /// </summary>
    public static string TrainOverflowing(TempFolder folder, string path, bool classify)
    {
        var lines = Enumerable.Range(0, 30).Select(i => FormattableString.Invariant(
            $"{i % 3 / 10.0},{i % 5 / 10.0},{(classify ? "pqr"[i % 3].ToString() : (i % 4).ToString())}"));
        var data = folder.WriteText("overflow-train.csv", "a,b,y\n" + string.Join("\n", lines) + "\n");
        var (exitCode, _, error) = Cli.Run(
        [
            "train", "--data", data, "--task", classify ? "classification" : "regression",
            "--hidden-layer-sizes", "1", "--activation", "identity", "--max-iter", "2", "--random-state", "0",
            "--quiet", "--save", path,
        ]);
        Assert.True(exitCode == 0, error);
        Edit(path, root =>
        {
            var layers = root["network"]!["layers"]!;
            layers[0]!["weights"] = new JsonArray(new JsonArray(1e308, 1e308));
            layers[0]!["biases"] = new JsonArray(0.0);
            var outputs = layers[1]!["biases"]!.AsArray().Count;
            layers[1]!["weights"] = new JsonArray(
                [.. Enumerable.Range(0, outputs).Select(k => (JsonNode)new JsonArray(k == 0 ? 1.0 : 0.0))]);
            layers[1]!["biases"] = new JsonArray([.. Enumerable.Range(0, outputs).Select(_ => (JsonNode)0.0)]);
        });
        return path;
    }

    /// <summary>Rewrites a model file with <paramref name="change"/> applied to its JSON.</summary>
    public static void Edit(string path, Action<JsonNode> change)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        change(root);
        File.WriteAllText(path, root.ToJsonString());
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
