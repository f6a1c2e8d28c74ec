namespace Mlp.Cli.Tests.Rendering;

/// <summary>
/// The LaTeX solutions and derivations must compile with pdflatex. The tests skip when pdflatex
/// is not installed; on Debian or Ubuntu it comes with
/// <c>apt-get install texlive-latex-base texlive-latex-extra</c>.
/// </summary>
public class LatexCompileTests
{
    public static TheoryData<string[]> Documents() => new()
    {
        { ["step", "--problem", Cli.ExampleFile("identity-squared-error.json")] },
        { ["step", "--problem", Cli.ExampleFile("softmax-cross-entropy.json"), "--gradcheck"] },
        { ["step", "--problem", Cli.ExampleFile("identity-squared-error-batch.json")] },
        { ["step", .. Cli.Exercise, .. Cli.SecondExample, .. Cli.SoftmaxCrossEntropy, "--reduction", "mean"] },
        {
            [
                "step", "--layers", "3,4,2", "--activation", "logistic", "--output", "logistic",
                "--loss", "squared-error", "--init", "glorot:5", "--example", "1,-2,0.5:0.2,0.9",
            ]
        },
        { ["derive", "tanh"] },
        { ["derive", "logistic"] },
        { ["derive", "relu"] },
        { ["derive", "softmax-cross-entropy"] },
        { ["derive", "logistic-cross-entropy"] },
        { ["derive", "squared-error"] },
    };

    [PdflatexTheory]
    [MemberData(nameof(Documents))]
    public void Latex_CompilesWithPdflatex(string[] args)
    {
        var result = Cli.Run([.. args, "--format", "latex"]);
        Assert.Equal(0, result.ExitCode);
        var directory = Directory.CreateTempSubdirectory("mlp-latex-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "solution.tex"), result.Output);

            var (exitCode, log) = Pdflatex.Run(directory.FullName, "solution.tex");

            Assert.True(exitCode == 0, log[Math.Max(0, log.Length - 3000)..]);
            Assert.True(File.Exists(Path.Combine(directory.FullName, "solution.pdf")));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
