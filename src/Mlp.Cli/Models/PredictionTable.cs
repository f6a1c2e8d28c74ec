using System.Globalization;
using System.Text;
using Mlp.Cli.Reporting;
using Mlp.Data;
using Mlp.IO;

namespace Mlp.Cli.Models;

/// <summary>Predictions of a model as CSV: a header, then one line per input row.</summary>
internal sealed class PredictionTable
{
    private PredictionTable(IReadOnlyList<string> header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>
    /// Predicts every scaled row. A classifier gives the label, then with
    /// <paramref name="probabilities"/> a column proba_LABEL per class; a regressor gives one
    /// column per output. Numbers use the shortest text that reads back to the same double.
    /// </summary>
    /// <remarks>Shows a progress bar over rows on <paramref name="error"/> unless <paramref name="quiet"/>.</remarks>
    public static PredictionTable Predict(
        LoadedModel model,
        Dataset scaled,
        bool probabilities,
        TextWriter error,
        bool quiet)
    {
        List<string[]> Run(Func<Dataset, int, IEnumerable<string[]>> predict) =>
            RowProgress.Map(error, quiet, "predicting", scaled, predict);

        var name = model.Saved.TargetName ?? "prediction";
        if (!model.IsClassifier)
        {
            var outputs = model.Shape.OutputCount;
            string[] columns = outputs == 1 ? [name] : [.. Enumerable.Range(0, outputs).Select(k => $"{name}_{k}")];
            return new PredictionTable(columns, Run((chunk, first) => Values(model.PredictValues(chunk, first))));
        }

        if (!probabilities)
        {
            var labels = Run((chunk, first) => model.PredictLabels(chunk, first).Select(label => new[] { label }));
            return new PredictionTable([name], labels);
        }

        string[] header = [name, .. model.Classes.Select(label => $"proba_{label}")];
        return new PredictionTable(header, Run((chunk, first) => WithProbabilities(model, chunk, first)));
    }

    /// <summary>
    /// Writes the table as CSV, quoting cells that hold a comma, quote or line break.
    /// </summary>
    public void WriteTo(TextWriter writer)
    {
        writer.Write(FormatLine(Header));
        foreach (var row in Rows)
        {
            writer.Write(FormatLine(row));
        }
    }

    /// <summary>
    /// Writes the table to a file through a temporary file, so a failed write leaves no partial
    /// file.
    /// </summary>
    public void Save(string path) => AtomicFile.Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        WriteTo(writer);
    });

    private static IEnumerable<string[]> WithProbabilities(LoadedModel model, Dataset chunk, int firstRow)
    {
        var labels = model.PredictLabels(chunk, firstRow);
        var probabilities = model.PredictProbabilities(chunk, firstRow);
        for (var row = 0; row < labels.Length; row++)
        {
            var cells = new string[probabilities.GetLength(1) + 1];
            cells[0] = labels[row];
            for (var k = 0; k < probabilities.GetLength(1); k++)
            {
                cells[k + 1] = Format(probabilities[row, k]);
            }

            yield return cells;
        }
    }

    private static IEnumerable<string[]> Values(double[,] values)
    {
        for (var row = 0; row < values.GetLength(0); row++)
        {
            yield return [.. Enumerable.Range(0, values.GetLength(1)).Select(k => Format(values[row, k]))];
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string FormatLine(IReadOnlyList<string> cells) =>
        string.Join(",", cells.Select(Quote)) + "\n";

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
