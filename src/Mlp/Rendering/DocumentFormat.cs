namespace Mlp.Rendering;

/// <summary>Output format of a worked solution or a derivation.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text with matrices drawn in box characters (or ASCII).</summary>
    Text,

    /// <summary>Markdown with <c>$$</c> blocks and <c>pmatrix</c>.</summary>
    Markdown,

    /// <summary>A standalone LaTeX document for pdflatex.</summary>
    Latex,
}
