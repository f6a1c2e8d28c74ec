using System.Text;

namespace Mlp.Rendering;

/// <summary>Renders a document as a standalone LaTeX article that compiles with pdflatex.</summary>
/// <remarks>
/// It needs only amsmath, geometry and longtable (texlive-latex-base on Debian). An equation of
/// three or more sides becomes an <c>align*</c> with one side per line. amsmath allows matrices
/// of 10 columns by default, so the preamble raises the limit to the widest matrix in the
/// document and no further, because every matrix takes longer to typeset as the limit grows.
/// A matrix wider than the page, about ten columns of four decimals, overflows the margin, which
/// pdflatex reports as an overfull box and still typesets.
/// </remarks>
internal static class LatexRenderer
{
    public static string Render(Document document, RenderOptions options)
    {
        var output = new StringBuilder();
        output.Append(@"\documentclass[11pt]{article}").Append('\n')
            .Append(@"\usepackage[T1]{fontenc}").Append('\n')
            .Append(@"\usepackage[utf8]{inputenc}").Append('\n')
            .Append(@"\usepackage{amsmath}").Append('\n')
            .Append(@"\usepackage{longtable}").Append('\n')
            .Append(@"\usepackage[margin=2cm]{geometry}").Append('\n')
            .Append(@"\setcounter{MaxMatrixCols}{").Append(MatrixColumnLimit(document)).Append("}\n")
            .Append(@"\setlength{\parindent}{0pt}").Append('\n')
            .Append(@"\setlength{\parskip}{0.5em}").Append('\n')
            .Append(@"\begin{document}").Append('\n').Append('\n');
        foreach (var block in document.Blocks)
        {
            AppendBlock(output, block, options.Decimals);
            output.Append('\n');
        }

        output.Append(@"\end{document}").Append('\n');
        return output.ToString();
    }

    private static int MatrixColumnLimit(Document document)
    {
        const int AmsmathDefault = 10;
        var widest = document.Blocks.OfType<Equation>()
            .SelectMany(equation => equation.Sides)
            .SelectMany(side => side)
            .OfType<MatrixTerm>()
            .Select(matrix => matrix.Columns)
            .DefaultIfEmpty(0)
            .Max();
        return Math.Max(AmsmathDefault, widest);
    }

    private static void AppendBlock(StringBuilder output, Block block, int decimals)
    {
        switch (block)
        {
            case Heading heading:
                var command = heading.Level switch { 1 => "section*", 2 => "subsection*", _ => "subsubsection*" };
                output.Append('\\').Append(command)
                    .Append('{').Append(LatexMath.EscapeText(heading.Text)).Append("}\n");
                break;
            case Paragraph paragraph:
                output.Append(string.Concat(paragraph.Parts.Select(part => part switch
                {
                    Prose prose => LatexMath.EscapeText(prose.Text),
                    InlineMath math => "$" + math.Symbol.Latex + "$",
                    _ => "",
                }))).Append('\n');
                break;
            case Equation equation:
                AppendEquation(output, equation, decimals);
                break;
            case Table table:
                AppendTable(output, table);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block, "Unknown block.");
        }
    }

    private static void AppendEquation(StringBuilder output, Equation equation, int decimals)
    {
        var sides = equation.Sides.Select(side => LatexMath.Side(side, decimals)).ToList();
        if (sides.Count <= 2)
        {
            output.Append(@"\[").Append('\n').Append(string.Join(" = ", sides)).Append('\n').Append(@"\]").Append('\n');
            return;
        }

        output.Append(@"\begin{align*}").Append('\n');
        output.Append(sides[0]).Append(" &= ").Append(sides[1]);
        foreach (var side in sides.Skip(2))
        {
            output.Append(@" \\").Append('\n').Append("&= ").Append(side);
        }

        output.Append('\n').Append(@"\end{align*}").Append('\n');
    }

    private static void AppendTable(StringBuilder output, Table table)
    {
        var columns = string.Concat(table.RightAligned.Select(right => right ? "r" : "l"));
        output.Append(@"\begin{longtable}{").Append(columns).Append("}\n");
        output.Append(Row(table.Header)).Append(@" \hline").Append('\n').Append(@"\endhead").Append('\n');
        foreach (var row in table.Rows)
        {
            output.Append(Row(row)).Append('\n');
        }

        output.Append(@"\end{longtable}").Append('\n');
    }

    private static string Row(IReadOnlyList<string> cells) =>
        string.Join(" & ", cells.Select(LatexMath.EscapeText)) + @" \\";
}
