namespace Mlp.Cli.Tests;

/// <summary>Runs the mlp command line in process and captures what it writes.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CommandLine.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
