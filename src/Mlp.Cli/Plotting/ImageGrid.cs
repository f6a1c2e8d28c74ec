using ScottPlot;

namespace Mlp.Cli.Plotting;

/// <summary>
/// Draws square images side by side in rows, each with a caption above it, as one plot. Each
/// image is a heat map over one cell of the grid, with one colour scale for all of them.
/// </summary>
internal sealed class ImageGrid
{
    // Size in pixels of one image cell of the saved file, and the caption band above it.
    private const int CellPixels = 96;
    private const int CaptionPixels = 22;
    private const int TitlePixels = 60;

    // Gap between images, as a fraction of the image side.
    private const double Gap = 0.25;
    private const double CaptionHeight = 0.35;

    private readonly int side;
    private readonly int columns;
    private readonly IColormap colormap;
    private readonly ScottPlot.Range range;

    /// <summary>
    /// Creates a grid of images of <paramref name="side"/> × <paramref name="side"/> pixels.
    /// </summary>
    /// <param name="side">Pixels per image row and column; values are row-major.</param>
    /// <param name="columns">Images per row of the grid.</param>
    /// <param name="colormap">Colour of each value.</param>
    /// <param name="range">Values mapped to the two ends of the colour map.</param>
    public ImageGrid(int side, int columns, IColormap colormap, ScottPlot.Range range)
    {
        this.side = side;
        this.columns = columns;
        this.colormap = colormap;
        this.range = range;
    }

    /// <summary>Width in pixels of a file that shows the grid at full size.</summary>
    public int Width(int count) => Math.Min(count, columns) * CellPixels;

    /// <summary>Height in pixels of a file that shows the grid at full size.</summary>
    public int Height(int count) => TitlePixels + (Rows(count) * (CellPixels + CaptionPixels));

    /// <summary>Creates the plot of the images with their captions.</summary>
    /// <returns>The plot and the first heat map, for a colour bar.</returns>
    public (Plot Plot, IHasColorAxis? Scale) Create(
        string title,
        IReadOnlyList<double[]> images,
        IReadOnlyList<string> captions)
    {
        var plot = new Plot();
        IHasColorAxis? first = null;
        var step = side * (1 + Gap);
        var rowStep = step + (side * CaptionHeight);
        for (var i = 0; i < images.Count; i++)
        {
            var left = i % columns * step;
            var top = -(i / columns) * rowStep;
            var heatmap = plot.Add.Heatmap(ToGrid(images[i]));
            heatmap.Colormap = colormap;
            heatmap.ManualRange = range;
            // The extent joins the centres of the corner pixels (ScottPlot's centred cell
            // alignment), so the pixels fill [left, left + side] × [top − side, top].
            heatmap.Extent = new CoordinateRect(left + 0.5, left + side - 0.5, top - side + 0.5, top - 0.5);
            first ??= heatmap;

            // A thin frame shows the image's edge where its border pixels match the background.
            var frame = plot.Add.Rectangle(left, left + side, top - side, top);
            frame.FillStyle.Color = Colors.Transparent;
            frame.LineStyle.Color = Colors.LightGray;
            var caption = plot.Add.Text(captions[i], left + (side / 2.0), top + (side * CaptionHeight / 2));
            caption.LabelAlignment = Alignment.MiddleCenter;
            caption.LabelFontSize = 11;
        }

        var rows = Rows(images.Count);
        var margin = side * Gap / 2;
        var captionTop = side * CaptionHeight;
        plot.Axes.SetLimits(
            -margin,
            (Math.Min(images.Count, columns) * step) - margin,
            -(rows * rowStep) + captionTop,
            captionTop);
        plot.Axes.Frameless();
        plot.Axes.SquareUnits();
        plot.HideGrid();
        plot.Title(title);
        return (plot, first);
    }

    private int Rows(int count) => Math.Max(1, (count + columns - 1) / columns);

    private double[,] ToGrid(double[] pixels)
    {
        var grid = new double[side, side];
        for (var row = 0; row < side; row++)
        {
            for (var column = 0; column < side; column++)
            {
                grid[row, column] = pixels[(row * side) + column];
            }
        }

        return grid;
    }
}
