using System.Globalization;
using System.Text.Json;
using Mlp.Cli.Models;
using Mlp.Data;
using Mlp.Metrics;
using Spectre.Console;

namespace Mlp.Cli.Reporting;

/// <summary>Shows an <see cref="Evaluation"/> as tables or as JSON.</summary>
internal static class EvaluationReport
{
    /// <summary>
    /// Writes the scores table and, for a classifier, the per-class table and the confusion matrix.
    /// </summary>
    public static void Write(IAnsiConsole console, Evaluation evaluation)
    {
        if (evaluation.Confusion is not { } confusion)
        {
            var table = new Table()
                .Border(TableBorder.Rounded)
                .AddColumn("metric")
                .AddColumn(new TableColumn("value").RightAligned());
            table.AddRow("R²", Format(evaluation.RSquared!.Value));
            table.AddRow("MAE", Format(evaluation.MeanAbsoluteError!.Value));
            table.AddRow("RMSE", Format(evaluation.RootMeanSquaredError!.Value));
            console.Write(table);
            return;
        }

        console.WriteLine(
            $"accuracy {Format(confusion.Accuracy)} ({CorrectCount(confusion)} of " +
            $"{CountText.Format(confusion.Total, "row")})");
        console.Write(PerClassTable(confusion));
        console.WriteLine("confusion matrix: rows are true classes, columns predicted classes");
        console.Write(ConfusionTable(confusion));
    }

    /// <summary>Writes the scores as one JSON object.</summary>
    public static void WriteJson(Utf8JsonWriter json, Evaluation evaluation, string modelPath)
    {
        json.WriteStartObject();
        json.WriteString("model", modelPath);
        json.WriteString("data", evaluation.Data.Name);
        json.WriteNumber("rows", evaluation.Data.RowCount);
        if (evaluation.Confusion is { } confusion)
        {
            WriteClassification(json, confusion);
        }
        else
        {
            json.WriteString("task", "regression");
            json.WriteNumber("r2", evaluation.RSquared!.Value);
            json.WriteNumber("mae", evaluation.MeanAbsoluteError!.Value);
            json.WriteNumber("rmse", evaluation.RootMeanSquaredError!.Value);
        }

        json.WriteEndObject();
    }

    private static void WriteClassification(Utf8JsonWriter json, ConfusionMatrix confusion)
    {
        json.WriteString("task", "classification");
        json.WriteNumber("accuracy", confusion.Accuracy);
        json.WriteStartArray("classes");
        for (var k = 0; k < confusion.Classes.Count; k++)
        {
            json.WriteStartObject();
            json.WriteString("class", confusion.Classes[k]);
            json.WriteNumber("precision", confusion.Precision(k));
            json.WriteNumber("recall", confusion.Recall(k));
            json.WriteNumber("f1", confusion.F1(k));
            json.WriteNumber("support", confusion.Support(k));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("confusion_matrix");
        for (var actual = 0; actual < confusion.Classes.Count; actual++)
        {
            json.WriteStartArray();
            for (var predicted = 0; predicted < confusion.Classes.Count; predicted++)
            {
                json.WriteNumberValue(confusion[actual, predicted]);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static Table PerClassTable(ConfusionMatrix confusion)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("class");
        foreach (var heading in new[] { "precision", "recall", "F1", "support" })
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        for (var k = 0; k < confusion.Classes.Count; k++)
        {
            table.AddRow(
                Markup.Escape(confusion.Classes[k]),
                Format(confusion.Precision(k)),
                Format(confusion.Recall(k)),
                Format(confusion.F1(k)),
                confusion.Support(k).ToString(CultureInfo.InvariantCulture));
        }

        var classes = Enumerable.Range(0, confusion.Classes.Count).ToArray();
        table.AddRow(
            "macro avg",
            Format(classes.Average(confusion.Precision)),
            Format(classes.Average(confusion.Recall)),
            Format(classes.Average(confusion.F1)),
            confusion.Total.ToString(CultureInfo.InvariantCulture));
        return table;
    }

    private static Table ConfusionTable(ConfusionMatrix confusion)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("true \\ predicted");
        foreach (var label in confusion.Classes)
        {
            table.AddColumn(new TableColumn(Markup.Escape(label)).RightAligned());
        }

        for (var actual = 0; actual < confusion.Classes.Count; actual++)
        {
            var cells = new List<string> { Markup.Escape(confusion.Classes[actual]) };
            for (var predicted = 0; predicted < confusion.Classes.Count; predicted++)
            {
                var count = confusion[actual, predicted].ToString(CultureInfo.InvariantCulture);
                cells.Add(actual == predicted ? $"[bold]{count}[/]" : count);
            }

            table.AddRow([.. cells]);
        }

        return table;
    }

    private static int CorrectCount(ConfusionMatrix confusion) =>
        Enumerable.Range(0, confusion.Classes.Count).Sum(k => confusion[k, k]);

    private static string Format(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
