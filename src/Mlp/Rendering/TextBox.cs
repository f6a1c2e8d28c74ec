using System.Text;

namespace Mlp.Rendering;

/// <summary>
/// A block of text lines with a baseline, for setting matrices and symbols side by side so that
/// their middle rows line up.
/// </summary>
internal sealed class TextBox
{
    private TextBox(IReadOnlyList<string> lines, int baseline)
    {
        Width = lines.Count == 0 ? 0 : lines.Max(line => line.Length);
        Lines = [.. lines.Select(line => line.PadRight(Width))];
        Baseline = baseline;
    }

    /// <summary>Lines, each padded to <see cref="Width"/>.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Index of the line that lines up with the baseline of its neighbours.</summary>
    public int Baseline { get; }

    /// <summary>Width in characters.</summary>
    public int Width { get; }

    /// <summary>Returns a one-line box.</summary>
    public static TextBox Line(string text) => new([text], 0);

    /// <summary>
    /// Returns a matrix with right-aligned columns in brackets: ┌ ┐ │ │ └ ┘ over several rows,
    /// [ ] for a single row or in ASCII; columns are two spaces apart, or one when compact.
    /// </summary>
    public static TextBox Matrix(MatrixTerm matrix, int decimals, bool ascii, bool compact = false)
    {
        var cells = new string[matrix.Rows, matrix.Columns];
        var widths = new int[matrix.Columns];
        for (var row = 0; row < matrix.Rows; row++)
        {
            for (var column = 0; column < matrix.Columns; column++)
            {
                cells[row, column] = NumberText.Fixed(matrix[row, column], decimals);
                widths[column] = Math.Max(widths[column], cells[row, column].Length);
            }
        }

        var lines = new List<string>();
        for (var row = 0; row < matrix.Rows; row++)
        {
            var text = string.Join(compact ? " " : "  ", Enumerable.Range(0, matrix.Columns)
                .Select(column => cells[row, column].PadLeft(widths[column])));
            var (left, right) = Brackets(row, matrix.Rows, ascii);
            lines.Add($"{left} {text} {right}");
        }

        return new TextBox(lines, (matrix.Rows - 1) / 2);
    }

    /// <summary>Sets boxes side by side with their baselines on one line.</summary>
    public static TextBox Beside(IReadOnlyList<TextBox> boxes, IReadOnlyList<string> separators)
    {
        var above = boxes.Max(box => box.Baseline);
        var below = boxes.Max(box => box.Lines.Count - box.Baseline - 1);
        var lines = new StringBuilder[above + below + 1];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = new StringBuilder();
        }

        for (var b = 0; b < boxes.Count; b++)
        {
            var box = boxes[b];
            var offset = above - box.Baseline;
            for (var i = 0; i < lines.Length; i++)
            {
                if (b > 0)
                {
                    lines[i].Append(i == above ? separators[b - 1] : new string(' ', separators[b - 1].Length));
                }

                var inside = i - offset;
                var within = inside >= 0 && inside < box.Lines.Count;
                lines[i].Append(within ? box.Lines[inside] : new string(' ', box.Width));
            }
        }

        return new TextBox([.. lines.Select(line => line.ToString())], above);
    }

    private static (char Left, char Right) Brackets(int row, int rows, bool ascii)
    {
        if (ascii || rows == 1)
        {
            return ('[', ']');
        }

        return row == 0 ? ('┌', '┐') : row == rows - 1 ? ('└', '┘') : ('│', '│');
    }
}
