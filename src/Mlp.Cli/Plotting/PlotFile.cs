using System.Text;
using Mlp.IO;
using ScottPlot;

namespace Mlp.Cli.Plotting;

/// <summary>Writes a plot as a PNG and an SVG file of the same size, each atomically.</summary>
internal static class PlotFile
{
    /// <summary>
    /// Writes NAME.png and NAME.svg into <paramref name="folder"/>, creating it if needed, and
    /// returns both paths.
    /// </summary>
    public static string[] Write(Plot plot, string folder, string name, int width, int height)
    {
        Directory.CreateDirectory(folder);
        var names = FileNames(name);
        var png = Path.Combine(folder, names[0]);
        var svg = Path.Combine(folder, names[1]);
        var pngBytes = plot.GetImageBytes(width, height, ImageFormat.Png);
        AtomicFile.Write(png, stream => stream.Write(pngBytes));
        var svgText = plot.GetSvgXml(width, height);
        AtomicFile.Write(svg, stream => stream.Write(new UTF8Encoding(false).GetBytes(svgText)));
        return [png, svg];
    }

    /// <summary>Returns the names of the two files <see cref="Write"/> writes: NAME.png and NAME.svg.</summary>
    public static string[] FileNames(string name) => [$"{name}.png", $"{name}.svg"];

    /// <summary>Writes the plot as a PNG file only, atomically.</summary>
    public static void WritePng(Plot plot, string path, int width, int height)
    {
        var bytes = plot.GetImageBytes(width, height, ImageFormat.Png);
        AtomicFile.Write(path, stream => stream.Write(bytes));
    }
}
