using System.Globalization;
using Mlp.Metrics;
using ScottPlot;

namespace Mlp.Cli.Plotting;

/// <summary>Draws a confusion matrix as a heat map with the count in every cell.</summary>
internal static class ConfusionMatrixPlot
{
    // Counts are written only while cells are large enough to hold them.
    private const int MaxClassesWithCounts = 30;

    /// <summary>Creates the plot: true classes down the left, predicted classes along the bottom.</summary>
    public static Plot Create(ConfusionMatrix confusion)
    {
        var classes = confusion.Classes.Count;
        var counts = new double[classes, classes];
        var maximum = 1;
        for (var actual = 0; actual < classes; actual++)
        {
            for (var predicted = 0; predicted < classes; predicted++)
            {
                counts[actual, predicted] = confusion[actual, predicted];
                maximum = Math.Max(maximum, confusion[actual, predicted]);
            }
        }

        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(counts);
        heatmap.Colormap = new ScottPlot.Colormaps.Reversed(new ScottPlot.Colormaps.Blues());

        // With ScottPlot's default centred cell alignment, the extent runs from the centre of the
        // first cell to the centre of the last. Row 0 of the intensities is drawn at the top, so
        // cell (actual, predicted) is centred on (predicted, classes − 1 − actual).
        heatmap.Extent = new CoordinateRect(0, classes - 1, 0, classes - 1);
        plot.Add.ColorBar(heatmap).Label = "rows";
        if (classes <= MaxClassesWithCounts)
        {
            AddCounts(plot, confusion, maximum);
        }

        var positions = Enumerable.Range(0, classes).Select(k => (double)k).ToArray();
        var labels = confusion.Classes.ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. positions.Select(position => classes - 1 - position)],
            labels);
        plot.XLabel("predicted class");
        plot.YLabel("true class");
        plot.Title($"Confusion matrix, accuracy {confusion.Accuracy.ToString("F4", CultureInfo.InvariantCulture)}");
        plot.Axes.SetLimits(-0.5, classes - 0.5, -0.5, classes - 0.5);
        plot.Grid.IsVisible = false;
        return plot;
    }

    private static void AddCounts(Plot plot, ConfusionMatrix confusion, int maximum)
    {
        var classes = confusion.Classes.Count;
        for (var actual = 0; actual < classes; actual++)
        {
            for (var predicted = 0; predicted < classes; predicted++)
            {
                var count = confusion[actual, predicted];
                var text = plot.Add.Text(count.ToString(CultureInfo.InvariantCulture), predicted, classes - 1 - actual);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = 14;

                // Light text on dark cells, dark text on light ones.
                text.LabelFontColor = count > maximum / 2.0 ? Colors.White : Colors.Black;
            }
        }
    }
}
