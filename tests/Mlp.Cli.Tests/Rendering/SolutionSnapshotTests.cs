namespace Mlp.Cli.Tests.Rendering;

/// <summary>
/// Compares worked solutions and derivations, byte for byte, with the snapshot files beside this
/// test. Review a changed snapshot like code.
/// </summary>
/// <remarks>
/// To accept new output after a deliberate change, run the tests once with the environment
/// variable MLP_UPDATE_SNAPSHOTS=1, which rewrites the files under Snapshots/, then review the diff:
/// <code>MLP_UPDATE_SNAPSHOTS=1 dotnet test Mlp.slnx -c Release --filter FullyQualifiedName~Snapshot</code>
/// </remarks>
public class SolutionSnapshotTests
{
    public static TheoryData<string, string> Solutions()
    {
        var data = new TheoryData<string, string>();
        foreach (var problem in new[]
        {
            "identity-squared-error", "softmax-cross-entropy",
            "identity-squared-error-batch", "softmax-cross-entropy-batch",
        })
        {
            foreach (var format in new[] { "text", "markdown", "latex" })
            {
                data.Add(problem, format);
            }
        }

        return data;
    }

    public static TheoryData<string> DerivationNames() =>
    [
        "tanh", "logistic", "relu", "softmax-cross-entropy", "logistic-cross-entropy", "squared-error",
    ];

    [Theory]
    [MemberData(nameof(Solutions))]
    public void Step_Solution_MatchesSnapshot(string problem, string format)
    {
        var result = Cli.Run("step", "--problem", Cli.ExampleFile(problem + ".json"), "--format", format);

        Assert.Equal(0, result.ExitCode);
        AssertMatchesSnapshot($"step-{problem}{Extension(format)}", result.Output);
    }

    [Fact]
    public void Step_AsciiSolution_MatchesSnapshot()
    {
        var result = Cli.Run("step", "--problem", Cli.ExampleFile("identity-squared-error.json"), "--ascii");

        AssertMatchesSnapshot("step-identity-squared-error-ascii.txt", result.Output);
    }

    [Theory]
    [MemberData(nameof(DerivationNames))]
    public void Derive_Text_MatchesSnapshot(string name)
    {
        var result = Cli.Run("derive", name);

        Assert.Equal(0, result.ExitCode);
        AssertMatchesSnapshot($"derive-{name}.txt", result.Output);
    }

    internal static string Extension(string format) => format switch
    {
        "markdown" => ".md",
        "latex" => ".tex",
        _ => ".txt",
    };

    private static void AssertMatchesSnapshot(string name, string actual) => Snapshot.AssertMatches(name, actual);
}
