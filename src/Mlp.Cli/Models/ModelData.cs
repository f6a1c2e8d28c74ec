using System.Globalization;
using Mlp.Cli.Training;
using Mlp.Data;

namespace Mlp.Cli.Models;

/// <summary>
/// Loads the rows a saved model predicts or is evaluated on, finds the target column, and
/// checks that the features are the ones the model takes.
/// </summary>
internal static class ModelData
{
    // Feature names listed in messages stop after this many.
    private const int MaxNamesListed = 8;

    /// <summary>
    /// Loads rows to predict. In a CSV file every column is a feature, except the column the
    /// options name and a column whose header is the model's target, which are ignored with a notice.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The rows have another number of features than the model.
    /// </exception>
    public static Dataset LoadFeatures(string source, LoadedModel model, CsvReadOptions csv, TextWriter notices)
    {
        if (!IsCsv(source))
        {
            var builtIn = DataSource.Load(source, csv, "--data", notices);
            return Check(builtIn, model, notices, predicting: true);
        }

        if (csv.TargetColumnName is not null || csv.TargetColumnIndex is not null)
        {
            var chosen = DataSource.Load(source, csv, "--data", notices);
            notices.WriteLine(
                $"mlp: ignoring column \"{chosen.TargetName}\" of {source}, as --target or " +
                "--target-index requests.");
            return Check(chosen, model, notices, predicting: true);
        }

        var table = DataSource.Load(source, csv, "--data", notices);
        var columns = (IReadOnlyList<string>)[.. table.FeatureNames, table.TargetName];
        if (HasHeader(columns) && model.Saved.TargetName is { } targetName && columns.Contains(targetName))
        {
            var data = targetName == table.TargetName
                ? table
                : DataSource.Load(source, TargetColumn(csv, table, targetName), "--data", notices);
            notices.WriteLine($"mlp: ignoring column \"{targetName}\" of {source}: it is the model's target.");
            return Check(data, model, notices, predicting: true);
        }

        return Check(AllColumnsAsFeatures(table, columns), model, notices, predicting: true);
    }

    /// <summary>
    /// Loads rows with their targets, for evaluation. In a CSV file the target is the column the
    /// options name, else the column named like the model's target, else the last column.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The rows have another number of features than the model.
    /// </exception>
    public static Dataset LoadLabelled(string source, LoadedModel model, CsvReadOptions csv, TextWriter notices)
    {
        var options = csv;
        if (IsCsv(source) && csv.TargetColumnName is null && csv.TargetColumnIndex is null
            && model.Saved.TargetName is { } targetName)
        {
            var table = DataSource.Load(source, csv, "--data", notices);
            if (targetName == table.TargetName || !table.FeatureNames.Contains(targetName))
            {
                return Check(table, model, notices, predicting: false);
            }

            options = TargetColumn(csv, table, targetName);
        }

        return Check(DataSource.Load(source, options, "--data", notices), model, notices, predicting: false);
    }

    /// <summary>
    /// Returns the options that make the feature <paramref name="featureName"/> the target. A
    /// name also marks the first row as a header. Without a header the names are generated, so
    /// the column goes by its position, which equals the feature's since the target is last.
    /// </summary>
    private static CsvReadOptions TargetColumn(CsvReadOptions csv, Dataset table, string featureName) =>
        csv.Header == CsvHeader.Absent
            ? csv with { TargetColumnIndex = table.FeatureNames.ToList().IndexOf(featureName) }
            : csv with { TargetColumnName = featureName };

    private static bool IsCsv(string source) =>
        !EmbeddedDatasets.Contains(source) && !source.StartsWith("idx:", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the names came from a header rather than the reader's x0, x1, ..., y.
    /// </summary>
    private static bool HasHeader(IReadOnlyList<string> columns) =>
        Enumerable.Range(0, columns.Count)
            .Any(i => columns[i] != $"x{i}" && !(i == columns.Count - 1 && columns[i] == "y"));

    private static Dataset AllColumnsAsFeatures(Dataset table, IReadOnlyList<string> columns)
    {
        var width = table.FeatureCount + 1;
        var features = new double[table.RowCount * width];
        for (var row = 0; row < table.RowCount; row++)
        {
            table.Row(row).CopyTo(features.AsSpan(row * width));
            features[(row * width) + width - 1] = ParseFeature(table, row);
        }

        return new Dataset(table.Name, features, columns, table.Targets, table.TargetName);
    }

    private static double ParseFeature(Dataset table, int row)
    {
        var text = table.Targets[row];
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            return value;
        }

        throw new InvalidDataException(
            $"{table.Name}, data row {row + 1}: column \"{table.TargetName}\" is \"{text}\", which is " +
            "not a finite number. Every column the model reads must be numeric; if this column is a " +
            "target, name it with --target so it is ignored.");
    }

    private static Dataset Check(Dataset data, LoadedModel model, TextWriter notices, bool predicting)
    {
        if (data.FeatureCount != model.InputCount)
        {
            var names = model.Saved.FeatureNames;
            var listed = string.Join(", ", names.Take(MaxNamesListed)) + (names.Count > MaxNamesListed ? ", ..." : "");
            var remedy = predicting
                ? " If the file also holds the target, name that column with --target or --target-index."
                : " Check --target or --target-index.";
            throw new ArgumentException(
                $"{data.Name} has {CountText.Format(data.FeatureCount, "feature")}, but the model takes " +
                $"{model.InputCount} ({listed}). Pass rows with the columns the model was trained on.{remedy}");
        }

        WarnAboutNames(data, model, notices);
        return data;
    }

    private static void WarnAboutNames(Dataset data, LoadedModel model, TextWriter notices)
    {
        var expected = model.Saved.FeatureNames;
        var actual = data.FeatureNames;
        var generated = !HasHeader(actual) || !HasHeader(expected);
        var first = Enumerable.Range(0, actual.Count).FirstOrDefault(j => actual[j] != expected[j], -1);
        if (!generated && first >= 0)
        {
            notices.WriteLine(
                $"mlp: warning: column {first + 1} of {data.Name} is \"{actual[first]}\", but the model " +
                $"was trained with \"{expected[first]}\" there. Check that the columns are in the " +
                "training order; predictions use them by position.");
        }
    }
}
