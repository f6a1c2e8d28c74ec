using System.Globalization;
using Mlp.Cli.Training;
using Mlp.Training;
using Spectre.Console;

namespace Mlp.Cli.Reporting;

/// <summary>Renders training runs side by side as a table.</summary>
internal static class TrainingTable
{
    /// <summary>Writes one column per run: scores, epochs, final loss, why it stopped and fit time.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<TrainingSummary> runs)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn(string.Empty);
        foreach (var run in runs)
        {
            table.AddColumn(new TableColumn(Markup.Escape(run.Name)).RightAligned());
        }

        var scoreName = runs[0].ScoreName;
        AddRow(table, $"training {scoreName}", runs, run => Format(run.TrainScore, 5));
        AddRow(table, $"test {scoreName}", runs, run => run.TestScore is { } score ? Format(score, 5) : "-");
        AddRow(table, "epochs", runs, run => run.Result.IterationCount.ToString(CultureInfo.InvariantCulture));
        AddRow(table, "final loss", runs, run => Format(run.Result.LossCurve[^1], 6));
        AddRow(table, "stopped by", runs, run => Describe(run.Result.StopReason));
        AddRow(table, "fit time", runs, run => $"{Format(run.FitSeconds, 3)} s");
        console.Write(table);
    }

    /// <summary>Describes why training stopped, in words.</summary>
    public static string Describe(StopReason reason) => reason switch
    {
        StopReason.MaxIterations => "epoch limit",
        StopReason.NoImprovement => "no improvement",
        StopReason.LearningRateTooSmall => "learning rate ≤ 1e-6",
        StopReason.Cancelled => "cancelled",
        StopReason.SingleEpoch => "one epoch",
        _ => reason.ToName(),
    };

    private static string Format(double value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static void AddRow(
        Table table,
        string label,
        IReadOnlyList<TrainingSummary> runs,
        Func<TrainingSummary, string> cell)
    {
        table.AddRow([Markup.Escape(label), .. runs.Select(run => Markup.Escape(cell(run)))]);
    }
}
