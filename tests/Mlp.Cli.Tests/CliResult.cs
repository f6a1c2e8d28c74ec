namespace Mlp.Cli.Tests;

/// <summary>Exit code and output of one run.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);
