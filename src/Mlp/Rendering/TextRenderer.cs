using System.Text;

namespace Mlp.Rendering;

/// <summary>Renders a document as plain text: underlined headings, wrapped prose, boxed matrices.</summary>
internal static class TextRenderer
{
    private const int ContinuationIndent = 2;

    /// <summary>Stands for a space inside an inline formula, so that wrapping keeps it whole.</summary>
    private const char Unbreakable = '\u00A0';

    public static string Render(Document document, RenderOptions options)
    {
        var output = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            var lines = block switch
            {
                Heading heading => HeadingLines(heading, options),
                Paragraph paragraph => Wrap(Spell(ParagraphText(paragraph), options), options.Width)
                    .Select(line => line.Replace(Unbreakable, ' ')),
                Equation equation => EquationLines(equation, options),
                Table table => TableLines(table, options),
                _ => throw new ArgumentOutOfRangeException(nameof(document), block, "Unknown block."),
            };
            foreach (var line in lines)
            {
                output.Append(line.TrimEnd()).Append('\n');
            }

            output.Append('\n');
        }

        return output.ToString().TrimEnd('\n') + "\n";
    }

    private static string Spell(string text, RenderOptions options) =>
        options.Ascii ? AsciiText.Transliterate(text) : text;

    private static IEnumerable<string> HeadingLines(Heading heading, RenderOptions options)
    {
        var text = Spell(heading.Text, options);
        if (heading.Level >= 3)
        {
            return [text];
        }

        var rule = heading.Level == 1 ? '═' : '─';
        return [text, Spell(new string(rule, text.Length), options)];
    }

    private static string ParagraphText(Paragraph paragraph) =>
        string.Concat(paragraph.Parts.Select(part => part switch
        {
            Prose prose => prose.Text,
            InlineMath math => math.Symbol.Text.Replace(' ', Unbreakable),
            _ => "",
        }));

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>
    /// Sets an equation on as few rows as fit the width, breaking only between sides. Each
    /// continuation row starts with "=", under the first "=" when that fits. When a row is still
    /// too wide, the matrices are set again with their columns one space apart.
    /// </summary>
    private static List<string> EquationLines(Equation equation, RenderOptions options)
    {
        var lines = EquationLines(equation, options, compact: false);
        return lines.Any(line => line.TrimEnd().Length > options.Width)
            ? EquationLines(equation, options, compact: true)
            : lines;
    }

    private static List<string> EquationLines(Equation equation, RenderOptions options, bool compact)
    {
        var sides = equation.Sides.Select(side => SideBox(side, options, compact)).ToList();
        var rows = new List<List<TextBox>> { new() { sides[0] } };
        foreach (var side in sides.Skip(1))
        {
            var current = rows[^1];
            var continuation = rows.Count > 1;
            var fits = RowWidth([.. current, side]) + (continuation ? ContinuationIndent + 2 : 0) <= options.Width;
            if (!fits)
            {
                rows.Add([side]);
                continue;
            }

            current.Add(side);
        }

        var lines = new List<string>();
        var tall = sides.Any(box => box.Lines.Count > 1);
        var indent = rows.Skip(1).All(row => Fits(sides[0].Width + 1, row, options))
            ? sides[0].Width + 1
            : ContinuationIndent;
        for (var r = 0; r < rows.Count; r++)
        {
            if (r > 0 && tall)
            {
                lines.Add("");
            }

            lines.AddRange(RowBox(rows[r], r == 0 ? -1 : indent).Lines);
        }

        return lines;
    }

    private static int RowWidth(List<TextBox> row) => row.Sum(box => box.Width) + (3 * (row.Count - 1));

    private static bool Fits(int indent, List<TextBox> row, RenderOptions options) =>
        indent + 2 + RowWidth(row) <= options.Width;

    /// <summary>Joins sides with " = "; a continuation row (indent ≥ 0) starts with "= ".</summary>
    private static TextBox RowBox(List<TextBox> row, int indent)
    {
        var joined = TextBox.Beside(row, Enumerable.Repeat(" = ", row.Count - 1).ToList());
        return indent < 0
            ? joined
            : TextBox.Beside([TextBox.Line(new string(' ', indent)), joined], ["= "]);
    }

    private static TextBox SideBox(IReadOnlyList<Term> terms, RenderOptions options, bool compact)
    {
        var boxes = terms.Select(term => term switch
        {
            Symbol symbol => TextBox.Line(Spell(symbol.Text, options)),
            MatrixTerm matrix => TextBox.Matrix(matrix, options.Decimals, options.Ascii, compact),
            NumberTerm number => TextBox.Line(NumberText.Fixed(number.Value, options.Decimals)),
            _ => throw new ArgumentOutOfRangeException(nameof(terms), term, "Unknown term."),
        }).ToList();
        var separators = new List<string>();
        for (var i = 1; i < terms.Count; i++)
        {
            separators.Add(Glued(terms[i - 1], terms[i]) ? "" : " ");
        }

        return TextBox.Beside(boxes, separators);
    }

    /// <summary>Whether two terms are written without a space, as in "(0.16" or "0)²".</summary>
    internal static bool Glued(Term left, Term right)
    {
        var opens = left is Symbol before && (before.Text.EndsWith('(') || before.Text.EndsWith('['));
        var closes = right is Symbol after
            && (after.Text.StartsWith(')') || after.Text.StartsWith(']') || after.Text.StartsWith(','));
        return opens || closes;
    }

    private static List<string> TableLines(Table table, RenderOptions options)
    {
        var widths = table.Header.Select((title, column) =>
            table.Rows.Select(row => row[column].Length).Append(title.Length).Max()).ToArray();
        string Format(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((cell, column) =>
            table.RightAligned[column] ? cell.PadLeft(widths[column]) : cell.PadRight(widths[column])));

        var lines = new List<string>
        {
            Spell(Format(table.Header), options),
            Spell(string.Join("  ", widths.Select(width => new string('─', width))), options),
        };
        lines.AddRange(table.Rows.Select(row => Spell(Format(row), options)));
        return lines;
    }
}
