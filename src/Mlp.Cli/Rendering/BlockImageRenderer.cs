namespace Mlp.Cli.Rendering;

/// <summary>
/// Draws small grey-scale images with shaded block characters, several side by side.
/// </summary>
/// <remarks>
/// Each pixel takes two characters, because terminal cells are about twice as tall as wide. A
/// pixel gets the shade of the nearest of five evenly spaced levels from 0 to the maximum
/// value (' ', '░', '▒', '▓', '█'), rounding halves up so that faint strokes stay visible.
/// For the digits, with maximum 16, that is 0-1, 2-5, 6-9, 10-13 and 14-16.
/// </remarks>
internal sealed class BlockImageRenderer
{
    private const string Shades = " ░▒▓█";
    private const int CharactersPerPixel = 2;
    private const int Gap = 2;

    private readonly int _rows;
    private readonly int _columns;
    private readonly double _maximum;
    private readonly int _imagesPerLine;

    /// <summary>Creates a renderer for images of rows × columns pixels.</summary>
    /// <param name="rows">Pixel rows per image.</param>
    /// <param name="columns">Pixel columns per image.</param>
    /// <param name="maximum">Value drawn as a full block.</param>
    /// <param name="width">
    /// Maximum line width in characters. Each line contains at least one image, however narrow.
    /// </param>
    public BlockImageRenderer(int rows, int columns, double maximum, int width)
    {
        _rows = rows;
        _columns = columns;
        _maximum = maximum;
        _imagesPerLine = Math.Max(1, (width + Gap) / (FrameWidth + Gap));
    }

    // The image plus a frame character on each side.
    private int FrameWidth => (_columns * CharactersPerPixel) + 2;

    /// <summary>Returns the shade character for one pixel value.</summary>
    public char Shade(double value)
    {
        var level = (int)Math.Floor((4 * value / _maximum) + 0.5);
        return Shades[Math.Clamp(level, 0, Shades.Length - 1)];
    }

    /// <summary>
    /// Writes the images in groups that fit the width, each with its caption above it and a
    /// blank line between groups. Lines carry no trailing spaces.
    /// </summary>
    /// <param name="output">Where the lines go.</param>
    /// <param name="images">Pixels of each image, row-major.</param>
    /// <param name="captions">Caption of each image, cut to the frame width.</param>
    public void Write(
        TextWriter output,
        IReadOnlyList<double[]> images,
        IReadOnlyList<string> captions)
    {
        for (var first = 0; first < images.Count; first += _imagesPerLine)
        {
            if (first > 0)
            {
                output.WriteLine();
            }

            var count = Math.Min(_imagesPerLine, images.Count - first);
            WriteLine(output, count, i => Fit(captions[first + i]));
            WriteLine(output, count, _ => $"┌{new string('─', FrameWidth - 2)}┐");
            for (var row = 0; row < _rows; row++)
            {
                WriteLine(output, count, i => $"│{DrawRow(images[first + i], row)}│");
            }

            WriteLine(output, count, _ => $"└{new string('─', FrameWidth - 2)}┘");
        }
    }

    private string DrawRow(double[] pixels, int row)
    {
        var line = new char[_columns * CharactersPerPixel];
        for (var column = 0; column < _columns; column++)
        {
            var shade = Shade(pixels[(row * _columns) + column]);
            line.AsSpan(column * CharactersPerPixel, CharactersPerPixel).Fill(shade);
        }

        return new string(line);
    }

    private string Fit(string caption) =>
        caption.Length <= FrameWidth ? caption : caption[..FrameWidth];

    private void WriteLine(TextWriter output, int count, Func<int, string> cell)
    {
        var parts = Enumerable.Range(0, count).Select(i => cell(i).PadRight(FrameWidth));
        output.WriteLine(string.Join(new string(' ', Gap), parts).TrimEnd());
    }
}
