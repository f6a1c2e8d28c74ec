using ScottPlot;

namespace Mlp.Cli.Plotting;

/// <summary>
/// Draws the training loss per epoch and, with early stopping, the validation score.
/// </summary>
internal static class LossPlot
{
    /// <summary>Creates the plot: loss on the left axis, validation score on the right.</summary>
    public static Plot Create(
        IReadOnlyList<double> lossCurve,
        IReadOnlyList<double>? validationScores,
        string scoreName)
    {
        var plot = new Plot();
        var epochs = Enumerable.Range(1, lossCurve.Count).Select(epoch => (double)epoch).ToArray();
        var loss = plot.Add.ScatterLine(epochs, lossCurve.ToArray(), Colors.Navy);
        loss.LegendText = "training loss";
        loss.LineWidth = 2;
        plot.XLabel("epoch");
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.YLabel("loss");
        plot.Title("Training loss per epoch");
        if (validationScores is { Count: > 0 })
        {
            var scores = plot.Add.ScatterLine(epochs, validationScores.ToArray(), Colors.DarkOrange);
            scores.LegendText = $"validation {scoreName}";
            scores.LineWidth = 2;
            scores.Axes.YAxis = plot.Axes.Right;
            plot.Axes.Right.Label.Text = $"validation {scoreName}";
            plot.Title("Training loss and validation score per epoch");
        }

        plot.ShowLegend(Alignment.MiddleRight);
        return plot;
    }
}
