namespace Mlp.Cli.Tests.Commands;

/// <summary>Every invalid input of mlp step gives exit code 2 and one line naming the option and value.</summary>
public class StepCommandErrorTests
{
    private static readonly string[] Layers = ["--layers", "4,4,3,3"];
    private static readonly string[] Example = ["--example", "1,0,1,0:0,1,0"];

    public static TheoryData<string[], string> BadInputs() => new()
    {
        {
            ["--layers", "4,,3", .. Example],
            "--layers '4,,3': entry 2 is empty; expected whole numbers separated by commas"
        },
        { ["--layers", "4,x,3", .. Example], "--layers '4,x,3': 'x' is not a unit count" },
        { ["--layers", "4", .. Example], "--layers '4': a network needs at least an input and an output layer" },
        {
            [.. Layers, "--example", "1,0,1:0,1,0"],
            "--example '1,0,1:0,1,0': 3 input(s), but --layers 4,4,3,3 takes 4."
        },
        {
            [.. Layers, "--example", "1,0,1,0:0,1"],
            "--example '1,0,1,0:0,1': 2 target(s), but --layers 4,4,3,3 gives 3 outputs."
        },
        { [.. Layers, "--example", "1,0,1,0:"], "--example '1,0,1,0:': missing the targets after the colon" },
        { [.. Layers, "--example", "1,0,1,0"], "--example '1,0,1,0': missing the colon and the targets" },
        { [.. Layers, "--example", "1,0,1,0:0:1"], "--example '1,0,1,0:0:1': more than one colon" },
        { [.. Layers, "--example", "1,a,1,0:0,1,0"], "--example '1,a,1,0:0,1,0': input entry 2 'a' is not a number" },
        { [.. Layers, "--example", "1,0,1,0:0,,0"], "--example '1,0,1,0:0,,0': target entry 2 is empty" },
        { [.. Layers, .. Example, "--activation", "tanhh"], "--activation 'tanhh': Unknown hidden activation 'tanhh'" },
        {
            [.. Layers, .. Example, "--activation", "tanh,relu,relu"],
            "--activation 'tanh,relu,relu': 3 activations for 2 hidden layer(s)"
        },
        { [.. Layers, .. Example, "--output", "soft"], "--output 'soft': Unknown output activation 'soft'" },
        { [.. Layers, .. Example, "--loss", "hinge"], "--loss 'hinge': Unknown loss 'hinge'" },
        {
            [.. Layers, .. Example, "--loss", "cross-entropy"],
            "--loss 'cross-entropy': Cross-entropy needs outputs in (0, 1)"
        },
        {
            [.. Layers, "--example", "1,0,1,0:0,1,1", "--output", "softmax", "--loss", "cross-entropy"],
            "--example '1,0,1,0:0,1,1': Example 1: softmax cross-entropy targets must sum to 1"
        },
        { [.. Layers, .. Example, "--init", "x"], "--init 'x' is neither a number nor glorot:SEED" },
        { [.. Layers, .. Example, "--init", "glorot:-3"], "--init 'glorot:-3' has an invalid seed '-3'" },
        {
            [.. Layers, .. Example, "--init", "1e200"],
            "The step overflows: the loss is Infinity and some values are infinite or NaN."
        },
        { [.. Layers, .. Example, "--lr", "0"], "--lr '0': The learning rate must be a positive number; got 0." },
        { [.. Layers, .. Example, "--lr", "abc"], "--lr 'abc': the learning rate 'abc' is not a number" },
        { [.. Layers, .. Example, "--reduction", "median"], "--reduction 'median': Unknown reduction 'median'" },
        {
            [.. Layers, .. Example, "--format", "pdf"],
            "--format 'pdf': unknown format; expected text, markdown, latex or json."
        },
        { [.. Layers, .. Example, "--decimals", "16"], "--decimals '16': expected a whole number from 0 to 15." },
        { [.. Example], "--layers is missing; give the unit counts such as --layers 4,4,3,3" },
        { [.. Layers], "--example is missing; give at least one example" },
        {
            ["--problem", "examples/identity-squared-error.json", .. Layers],
            "--problem 'examples/identity-squared-error.json' gives the whole problem, so --layers cannot be added"
        },
        { ["--problem", "no-such-problem.json"], "--problem 'no-such-problem.json': cannot read the file:" },
        {
            [.. Layers, .. Example, "--output-file", "no-such-folder/out.txt"],
            "--output-file 'no-such-folder/out.txt': the folder"
        },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInput_ExitsWithTwoAndOneLine(string[] options, string expected)
    {
        var result = Cli.Run(["step", .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith("mlp: error: " + expected, result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void BadProblemFile_NamesFileAndField()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mlp-bad-problem-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {"layers": [4, 4, 3, 3], "activation": "tanh", "output": "identity", "loss": "squared-error",
             "initial": 0.1, "learningRate": 0.1, "examples": [{"inputs": [1, 0, 1], "targets": [0, 1, 0]}]}
            """);
        try
        {
            var result = Cli.Run("step", "--problem", path);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(
                $"mlp: error: {path}: $.examples[0].inputs: expected 4 numbers, one per input unit, got 3.\n",
                result.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\n")]
    public void EmptyProblemFile_ReportsEmptyFile(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mlp-empty-problem-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        try
        {
            var result = Cli.Run("step", "--problem", path);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(
                $"mlp: error: {path}: the file is empty; write a JSON object with the fields of a problem, " +
                "such as layers, loss and examples.\n",
                result.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void DuplicateProblemField_NamesFileAndPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mlp-duplicate-problem-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {"layers": [2, 1], "output": "identity", "loss": "squared-error", "initial": 0.1,
             "learningRate": 0.1, "learningRate": 5, "examples": [{"inputs": [1, 0], "targets": [1]}]}
            """);
        try
        {
            var result = Cli.Run("step", "--problem", path);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(
                $"mlp: error: {path}: $.learningRate: given more than once; keep one of the values.\n",
                result.Error);
            Assert.Empty(result.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void UnknownOption_IsAParseError()
    {
        var result = Cli.Run(["step", .. Layers, .. Example, "--bogus"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "mlp: error: Unrecognized command or argument '--bogus'. Run 'mlp step --help' for the options.",
            result.Error.Trim());
    }

    [Fact]
    public void NonIntegerDecimals_IsAParseError()
    {
        var result = Cli.Run(["step", .. Layers, .. Example, "--decimals", "four"]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(
            "mlp: error: Cannot parse argument 'four' for option '--decimals' as an integer",
            result.Error,
            StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }
}
