using System.Globalization;
using Mlp.Data;
using ScottPlot;

namespace Mlp.Cli.Plotting;

/// <summary>
/// Draws rows of pixel features as images: data, misclassified rows and first-layer weights.
/// </summary>
internal static class ImagePlots
{
    // Images per row of a grid.
    private const int Columns = 10;

    // Below this many features a square count is taken for an image only when the columns are
    // named as pixels, so that four measurements such as iris's are not drawn as 2x2 images.
    private const int MinUnnamedPixels = 64;

    /// <summary>
    /// Returns the side of the square images that the features are, or 0 when they are not
    /// images: their count must be a square, and they must be named pixel_R_C (as the digits and
    /// IDX files name them) or number at least 64.
    /// </summary>
    public static int ImageSide(IReadOnlyList<string> featureNames)
    {
        var count = featureNames.Count;
        var side = (int)Math.Round(Math.Sqrt(count));
        var named = count > 0 && featureNames[0].StartsWith("pixel_", StringComparison.Ordinal);
        return side >= 2 && side * side == count && (named || count >= MinUnnamedPixels) ? side : 0;
    }

    /// <summary>
    /// Creates a grid of square grey-scale images (dark is high) with captions, and its size in
    /// pixels.
    /// </summary>
    public static (Plot Plot, int Width, int Height) Pixels(
        string title,
        IReadOnlyList<double[]> images,
        IReadOnlyList<string> captions)
    {
        var side = (int)Math.Round(Math.Sqrt(images[0].Length));
        var minimum = images.Min(image => image.Min());
        var maximum = images.Max(image => image.Max());
        var range = new ScottPlot.Range(minimum, Math.Max(maximum, minimum + 1e-12));
        var grid = new ImageGrid(side, Columns, new ScottPlot.Colormaps.GrayscaleReversed(), range);
        var (plot, _) = grid.Create(title, images, captions);
        return (plot, grid.Width(images.Count), grid.Height(images.Count));
    }

    /// <summary>
    /// Creates a grid of the incoming weights of every unit of the first hidden layer as an image, on one
    /// diverging colour scale symmetric about 0 (blue negative, red positive).
    /// </summary>
    public static (Plot Plot, int Width, int Height) FirstLayerWeights(double[] weights, int units, int inputs)
    {
        var side = (int)Math.Round(Math.Sqrt(inputs));
        var images = new List<double[]>();
        var captions = new List<string>();
        for (var unit = 0; unit < units; unit++)
        {
            images.Add(weights[(unit * inputs)..((unit + 1) * inputs)]);
            captions.Add($"unit {unit.ToString(CultureInfo.InvariantCulture)}");
        }

        var bound = Math.Max(weights.Max(Math.Abs), 1e-12);
        var grid = new ImageGrid(side, Columns, new ScottPlot.Colormaps.Balance(), new ScottPlot.Range(-bound, bound));
        var title = $"Incoming weights of the {CountText.Format(units, "first-layer unit")} ({side}x{side})";
        var (plot, scale) = grid.Create(title, images, captions);
        plot.Add.ColorBar(scale!).Label = "weight";
        return (plot, grid.Width(images.Count) + 120, grid.Height(images.Count));
    }
}
