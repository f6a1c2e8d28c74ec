using System.Diagnostics;

namespace Mlp.Cli.Tests.Snapshots;

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

/// <summary>Finds and runs pdflatex.</summary>
internal static class Pdflatex
{
    public static bool IsInstalled { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(folder => File.Exists(Path.Combine(folder, "pdflatex"))
            || File.Exists(Path.Combine(folder, "pdflatex.exe")));

    /// <summary>Compiles a file in batch mode, stopping at the first error.</summary>
    public static (int ExitCode, string Log) Run(string directory, string file)
    {
        var start = new ProcessStartInfo("pdflatex", ["-interaction=nonstopmode", "-halt-on-error", file])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "pdflatex did not finish within 2 minutes.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
