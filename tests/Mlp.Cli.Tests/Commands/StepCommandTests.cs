using System.Text.Json;

namespace Mlp.Cli.Tests.Commands;

/// <summary>
/// mlp step in every format. The expected numbers are those of the core exercise tests
/// (GradientDescentStepTests): worked by hand, and to full precision by a NumPy 1.24 script.
/// </summary>
public class StepCommandTests
{
    private const double NumPyTolerance = 1e-15;

    [Fact]
    public void Json_IdentitySquaredError_MatchesExerciseValues()
    {
        using var json = Json([.. Cli.Exercise, .. Cli.IdentitySquaredError]);
        var root = json.RootElement;
        var example = root.GetProperty("examples")[0];

        Assert.Equal(0.37636378397755565, root.GetProperty("loss").GetDouble(), NumPyTolerance);
        AssertAll(example.GetProperty("preActivations")[0], 0.3, 1e-15);
        AssertAll(example.GetProperty("activations")[0], 0.29131261245159096, NumPyTolerance);
        AssertAll(example.GetProperty("activations")[2], 0.16396105963970836, NumPyTolerance);
        AssertAll(example.GetProperty("activationGradients")[1], -0.05081168210808749, NumPyTolerance);
        AssertAll(example.GetProperty("deltas")[1], -0.04850199918657149, NumPyTolerance);
        AssertAll(example.GetProperty("deltas")[0], -0.013315791653435, NumPyTolerance);
        AssertAll(root.GetProperty("updated").GetProperty("weights")[1], 0.10141292440921651, NumPyTolerance);
        Assert.Equal(
            [0.08360389403602916, 0.18360389403602917, 0.08360389403602916],
            Doubles(root.GetProperty("updated").GetProperty("biases")[2]));
    }

    [Fact]
    public void Json_SoftmaxCrossEntropy_MatchesExerciseValues()
    {
        using var json = Json([.. Cli.Exercise, .. Cli.SoftmaxCrossEntropy]);
        var root = json.RootElement;

        Assert.Equal(Math.Log(3), root.GetProperty("loss").GetDouble(), 1e-15);
        AssertAll(root.GetProperty("examples")[0].GetProperty("activations")[2], 1.0 / 3, 1e-15);
        AssertAll(root.GetProperty("updated").GetProperty("weights")[2][1], 0.11421356880882408, NumPyTolerance);
        AssertAll(root.GetProperty("gradients").GetProperty("weights")[0], 0.0, 1e-15);
    }

    [Fact]
    public void Json_Batches_MatchExerciseValues()
    {
        using var identity = Json([.. Cli.Exercise, .. Cli.SecondExample, .. Cli.IdentitySquaredError]);
        using var softmax = Json([.. Cli.Exercise, .. Cli.SecondExample, .. Cli.SoftmaxCrossEntropy]);
        var updated = identity.RootElement.GetProperty("updated");

        Assert.Equal(0.729260865456343, identity.RootElement.GetProperty("loss").GetDouble(), NumPyTolerance);
        Assert.Equal(0.1044413915555462, updated.GetProperty("weights")[0][0][2].GetDouble(), NumPyTolerance);
        Assert.Equal(0.10164256040436377, updated.GetProperty("biases")[0][0].GetDouble(), NumPyTolerance);
        Assert.Equal(
            [0.06169093668759057, 0.16169093668759058, 0.16169093668759058],
            Doubles(updated.GetProperty("biases")[2]));
        Assert.Equal(2.1972245773362196, softmax.RootElement.GetProperty("loss").GetDouble(), NumPyTolerance);
        var softmaxWeights = softmax.RootElement.GetProperty("updated").GetProperty("weights");
        AssertAll(softmaxWeights[2][2], 0.11936645414767375, NumPyTolerance);
    }

    [Fact]
    public void Json_MeanReduction_HalvesTheSum()
    {
        using var sum = Json([.. Cli.Exercise, .. Cli.SecondExample]);
        using var mean = Json([.. Cli.Exercise, .. Cli.SecondExample, "--reduction", "mean"]);

        var summed = Doubles(sum.RootElement.GetProperty("gradients").GetProperty("biases")[2]);
        var averaged = Doubles(mean.RootElement.GetProperty("gradients").GetProperty("biases")[2]);
        Assert.Equal(summed.Select(value => value / 2), averaged);
    }

    [Theory]
    [InlineData("identity-squared-error.json", false, false)]
    [InlineData("softmax-cross-entropy.json", true, false)]
    [InlineData("identity-squared-error-batch.json", false, true)]
    [InlineData("softmax-cross-entropy-batch.json", true, true)]
    public void Problem_ShippedFile_PrintsTheSameAsOptions(string file, bool softmax, bool batch)
    {
        string[] options = [.. Cli.Exercise, .. softmax ? Cli.SoftmaxCrossEntropy : Cli.IdentitySquaredError];
        if (batch)
        {
            options = [.. options, .. Cli.SecondExample];
        }

        var fromOptions = Cli.Run(["step", .. options]);
        var fromFile = Cli.Run("step", "--problem", Cli.ExampleFile(file));

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(fromOptions.Output, fromFile.Output);
    }

    [Fact]
    public void OutputFile_WritesTheSolutionAndNoTemporaryFile()
    {
        var directory = Directory.CreateTempSubdirectory("mlp-step-");
        try
        {
            var path = Path.Combine(directory.FullName, "solution.md");
            File.WriteAllText(path, "old");

            var result = Cli.Run(["step", .. Cli.Exercise, "--format", "markdown", "--output-file", path]);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal($"Wrote the worked solution to {path}.\n", result.Output);
            Assert.Equal(Cli.Run(["step", .. Cli.Exercise, "--format", "markdown"]).Output, File.ReadAllText(path));
            Assert.Equal(["solution.md"], directory.GetFiles().Select(file => file.Name));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Decimals_SetsPrintedPrecision()
    {
        var result = Cli.Run(["step", .. Cli.Exercise, "--decimals", "6"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0.291313", result.Output);
        Assert.Contains("0.376364", result.Output);
    }

    [Fact]
    public void Ascii_PrintsOnlyAscii()
    {
        var result = Cli.Run(["step", .. Cli.Exercise, "--ascii"]);

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.Output, character => Assert.True(character < 128, $"'{character}'"));
        Assert.Contains("dL/dW[1] = dL/dz[1] h[0]^T", result.Output);
    }

    [Theory]
    [InlineData("text", "--problem", "examples/softmax-cross-entropy-batch.json")]
    [InlineData("markdown", "--problem", "examples/softmax-cross-entropy-batch.json")]
    [InlineData("latex", "--problem", "examples/softmax-cross-entropy-batch.json")]
    [InlineData(
        "text",
        "--layers", "4,4,3,3", "--example", "1,0,1,0:0,1,0", "--example", "0,0,10,0:0,0,1", "--reduction", "mean")]
    [InlineData(
        "text",
        "--layers", "2,3,3,2", "--activation", "relu,logistic", "--output", "logistic", "--loss", "cross-entropy",
        "--init", "glorot:3", "--example", "1,2:1,0", "--example", "0,1:0,1", "--reduction", "mean")]
    [InlineData(
        "markdown",
        "--layers", "2,3,3,2", "--activation", "relu,logistic", "--output", "logistic", "--loss", "cross-entropy",
        "--init", "glorot:3", "--example", "1,2:1,0", "--example", "0,1:0,1", "--reduction", "mean")]
    [InlineData("text", "--layers", "2,2", "--activation", "identity", "--example", "1,2:1,0")]
    public void Ascii_EveryFormatWithGradientCheck_PrintsOnlyAscii(string format, params string[] problem)
    {
        var options = problem.Select(option => option.StartsWith("examples/", StringComparison.Ordinal)
            ? Cli.ExampleFile(option["examples/".Length..])
            : option);

        var result = Cli.Run(["step", .. options, "--format", format, "--ascii", "--gradcheck"]);

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.Output, character => Assert.True(character < 128, $"'{character}'"));
    }

    [Fact]
    public void ActivationList_SetsEachHiddenLayer()
    {
        using var json = Json(
            "--layers", "2,3,3,1", "--activation", "relu,logistic", "--init", "glorot:1", "--example", "1,2:0.5");

        var activations = json.RootElement.GetProperty("network").GetProperty("activations");
        Assert.Equal(["relu", "logistic"], activations.EnumerateArray().Select(item => item.GetString()));
    }

    internal static JsonDocument Json(params string[] options)
    {
        var result = Cli.Run(["step", .. options, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Output);
    }

    internal static double[] Doubles(JsonElement element) => element.ValueKind == JsonValueKind.Number
        ? [element.GetDouble()]
        : [.. element.EnumerateArray().SelectMany(Doubles)];

    private static void AssertAll(JsonElement element, double expected, double tolerance)
    {
        var values = Doubles(element);
        Assert.NotEmpty(values);
        Assert.All(values, value => Assert.Equal(expected, value, tolerance));
    }
}
