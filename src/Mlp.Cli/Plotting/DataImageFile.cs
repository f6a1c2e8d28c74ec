namespace Mlp.Cli.Plotting;

/// <summary>Writes rows of pixel features as a PNG grid of grey-scale images (<c>mlp data show --png</c>).</summary>
internal static class DataImageFile
{
    /// <summary>Writes the images, each with its caption, to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, string title, IReadOnlyList<double[]> images, IReadOnlyList<string> captions)
    {
        var (plot, width, height) = ImagePlots.Pixels(title, images, captions);
        PlotFile.WritePng(plot, path, width, height);
    }
}
