using System.Text;

namespace Mlp.Rendering;

/// <summary>
/// Renders a document as Markdown whose formulas are <c>$$</c> blocks and <c>$…$</c> spans of
/// LaTeX, with <c>pmatrix</c> matrices, which GitHub, VS Code and Jupyter render.
/// </summary>
internal static class MarkdownRenderer
{
    public static string Render(Document document, RenderOptions options)
    {
        var output = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading heading:
                    output.Append('#', heading.Level).Append(' ').Append(heading.Text).Append('\n');
                    break;
                case Paragraph paragraph:
                    output.Append(ParagraphText(paragraph)).Append('\n');
                    break;
                case Equation equation:
                    AppendEquation(output, equation, options.Decimals);
                    break;
                case Table table:
                    AppendTable(output, table);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(document), block, "Unknown block.");
            }

            output.Append('\n');
        }

        return output.ToString().TrimEnd('\n') + "\n";
    }

    private static string ParagraphText(Paragraph paragraph) =>
        string.Concat(paragraph.Parts.Select(part => part switch
        {
            Prose prose => prose.Text,
            InlineMath math => "$" + math.Symbol.Latex + "$",
            _ => "",
        }));

    private static void AppendEquation(StringBuilder output, Equation equation, int decimals)
    {
        var sides = equation.Sides.Select(side => LatexMath.Side(side, decimals)).ToList();
        output.Append("$$\n");
        if (sides.Count <= 2)
        {
            output.Append(string.Join(" = ", sides)).Append('\n');
        }
        else
        {
            output.Append(@"\begin{aligned}").Append('\n');
            output.Append(sides[0]).Append(" &= ").Append(sides[1]);
            foreach (var side in sides.Skip(2))
            {
                output.Append(@" \\").Append('\n').Append("&= ").Append(side);
            }

            output.Append('\n').Append(@"\end{aligned}").Append('\n');
        }

        output.Append("$$\n");
    }

    private static void AppendTable(StringBuilder output, Table table)
    {
        output.Append("| ").Append(string.Join(" | ", table.Header)).Append(" |\n");
        output.Append("| ")
            .Append(string.Join(" | ", table.RightAligned.Select(right => right ? "---:" : "---")))
            .Append(" |\n");
        foreach (var row in table.Rows)
        {
            output.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
        }
    }
}
