namespace Mlp.Cli.Tests;

/// <summary>Runs the mlp command line in process and captures what it prints.</summary>
internal static class Cli
{
    /// <summary>The course exercise as options: 4-4-3-3 tanh, every weight 0.1, η = 0.1.</summary>
    public static readonly string[] Exercise =
    [
        "--layers", "4,4,3,3", "--activation", "tanh", "--init", "0.1", "--lr", "0.1",
        "--example", "1,0,1,0:0,1,0",
    ];

    /// <summary>The second example of the batch variants.</summary>
    public static readonly string[] SecondExample = ["--example", "0,0,10,0:0,0,1"];

    public static readonly string[] IdentitySquaredError = ["--output", "identity", "--loss", "squared-error"];

    public static readonly string[] SoftmaxCrossEntropy = ["--output", "softmax", "--loss", "cross-entropy"];

    /// <summary>Runs <c>mlp</c> with the arguments.</summary>
    public static CliResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CommandLine.Run(args, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Returns the path of a shipped example problem file.</summary>
    public static string ExampleFile(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);
}
