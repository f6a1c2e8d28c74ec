using System.Text;

namespace Mlp.Rendering;

/// <summary>Writes equation sides and plain text as LaTeX, shared by Markdown and LaTeX output.</summary>
internal static class LatexMath
{
    private static readonly Dictionary<char, string> TextSymbols = new()
    {
        ['\\'] = @"\textbackslash{}",
        ['&'] = @"\&",
        ['%'] = @"\%",
        ['$'] = @"\$",
        ['#'] = @"\#",
        ['_'] = @"\_",
        ['{'] = @"\{",
        ['}'] = @"\}",
        ['~'] = @"\textasciitilde{}",
        ['^'] = @"\textasciicircum{}",
        ['−'] = "$-$",
        ['–'] = "--",
        ['—'] = "---",
        ['’'] = "'",
        ['…'] = @"\ldots{}",
        ['η'] = @"$\eta$",
        ['σ'] = @"$\sigma$",
        ['Σ'] = @"$\Sigma$",
        ['δ'] = @"$\delta$",
        ['θ'] = @"$\theta$",
        ['≠'] = @"$\neq$",
        ['ε'] = @"$\varepsilon$",
        ['ŷ'] = @"$\hat{y}$",
        ['⊙'] = @"$\odot$",
        ['·'] = @"$\cdot$",
        ['×'] = @"$\times$",
        ['ᵀ'] = @"$^\top$",
        ['²'] = "$^2$",
        ['½'] = @"$\frac{1}{2}$",
        ['∂'] = @"$\partial$",
        ['′'] = "$'$",
        ['←'] = @"$\leftarrow$",
        ['→'] = @"$\rightarrow$",
        ['≤'] = @"$\le$",
        ['≥'] = @"$\ge$",
        ['≈'] = @"$\approx$",
    };

    /// <summary>Returns one side of an equation in LaTeX math.</summary>
    public static string Side(IReadOnlyList<Term> terms, int decimals) =>
        string.Join(" ", terms.Select(term => Term(term, decimals)));

    /// <summary>Returns one term in LaTeX math.</summary>
    public static string Term(Term term, int decimals) => term switch
    {
        Symbol symbol => symbol.Latex,
        NumberTerm number => NumberText.Fixed(number.Value, decimals),
        MatrixTerm matrix => Matrix(matrix, decimals),
        _ => throw new ArgumentOutOfRangeException(nameof(term), term, "Unknown term."),
    };

    /// <summary>Returns plain text with LaTeX's special characters escaped and symbols in math.</summary>
    public static string EscapeText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            builder.Append(TextSymbols.TryGetValue(character, out var latex) ? latex : character.ToString());
        }

        return builder.ToString();
    }

    private static string Matrix(MatrixTerm matrix, int decimals)
    {
        var rows = Enumerable.Range(0, matrix.Rows).Select(row => string.Join(
            " & ",
            Enumerable.Range(0, matrix.Columns).Select(column => NumberText.Fixed(matrix[row, column], decimals))));
        return @"\begin{pmatrix} " + string.Join(@" \\ ", rows) + @" \end{pmatrix}";
    }
}
