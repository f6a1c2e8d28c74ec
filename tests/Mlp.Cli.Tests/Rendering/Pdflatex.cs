using System.Diagnostics;

namespace Mlp.Cli.Tests.Rendering;

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
