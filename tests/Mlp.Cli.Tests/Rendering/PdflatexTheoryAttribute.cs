namespace Mlp.Cli.Tests.Rendering;

/// <summary>A theory that skips, with the reason, when pdflatex is not on the PATH.</summary>
public sealed class PdflatexTheoryAttribute : TheoryAttribute
{
    public PdflatexTheoryAttribute()
    {
        if (!Pdflatex.IsInstalled)
        {
            Skip = "pdflatex is not installed (apt-get install texlive-latex-base texlive-latex-extra).";
        }
    }
}
