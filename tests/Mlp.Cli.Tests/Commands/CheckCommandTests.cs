namespace Mlp.Cli.Tests.Commands;

/// <summary>
/// mlp check on the course exercise. The mistaken values were worked out in NumPy by
/// tests/Mlp.Tests/Reference/numpy/record_step_mistakes.py and rounded to 4 decimals.
/// </summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("mlp-check-");

    public void Dispose() => directory.Delete(recursive: true);

    [Fact]
    public void AllCorrect_ExitsWithZero()
    {
        var answers = Write("""
            {"examples": [{"activations": [[0.2913, 0.2913, 0.2913, 0.2913], null, [0.1640, 0.1640, 0.1640]],
                           "loss": 0.3764}],
             "updated": {"weights": [null, null, [[0.0965, 0.0965, 0.0965],
                                                  [0.1178, 0.1178, 0.1178],
                                                  [0.0965, 0.0965, 0.0965]]]}}
            """);

        var result = Cli.Run(["check", .. Cli.Exercise, "--answers", answers]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"All 4 quantities in {answers} are right.", result.Output);
        Assert.Contains("  right  W[3] after the update  updated.weights[2]", result.Output);
    }

    [Fact]
    public void StepJsonOutput_AsAnswers_IsAllRight()
    {
        var answers = Write(Cli.Run(["step", .. Cli.Exercise, .. Cli.SecondExample, "--format", "json"]).Output);

        var problem = Cli.ExampleFile("identity-squared-error-batch.json");

        var result = Cli.Run("check", "--problem", problem, "--answers", answers);

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void DerivativeOfZ_IsNamedWithTheExpectedValue()
    {
        // NumPy: δ[2] = −0.050812 · (1 − z[2]²) = −0.0484294… with z[2] = 0.216525 in place of h[2].
        var answers = Write("""{"examples": [{"deltas": [null, [-0.0484, -0.0484, -0.0484]]}]}""");

        var result = Cli.Run(["check", .. Cli.Exercise, "--answers", answers]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("  wrong  dL/dz[2]  examples[0].deltas[1]", result.Output);
        Assert.Contains("First wrong: dL/dz[2] (examples[0].deltas[1])", result.Output);
        Assert.Contains("  given:     [-0.0484, -0.0484, -0.0484]", result.Output);
        Assert.Contains("  should be: [-0.0485, -0.0485, -0.0485]", result.Output);
        Assert.Contains("likely mistake: the derivative taken of z instead of h:", result.Output);
        Assert.Contains("1 − z² in place of 1 − h² for tanh", result.Output);
    }

    [Theory]
    [InlineData("""{"examples": [{"preActivations": [[0.2, 0.2, 0.2, 0.2]]}]}""", "a forgotten bias")]
    [InlineData(
        """{"updated": {"biases": [null, null, [0.1164, 0.0164, 0.1164]]}}""",
        "the update added instead of subtracted")]
    [InlineData(
        """{"examples": [{"deltas": [null, [-0.0486, -0.0486, -0.0486]]}]}""",
        "1 − tanh(h)² in place of 1 − h²")]
    [InlineData(
        """
        {"updated": {"weights": [[[0.1013, 0.1013, 0.1013, 0.1013], [0.1, 0.1, 0.1, 0.1],
                                  [0.1013, 0.1013, 0.1013, 0.1013], [0.1, 0.1, 0.1, 0.1]]]}}
        """,
        "a transposed weight matrix")]
    public void CommonMistake_IsNamed(string json, string mistake)
    {
        var result = Cli.Run(["check", .. Cli.Exercise, "--answers", Write(json)]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("likely mistake: ", result.Output);
        Assert.Contains(mistake, result.Output);
    }

    [Fact]
    public void ShippedAnswersExample_NamesBothMistakes()
    {
        var result = Cli.Run(
            "check",
            "--problem", Cli.ExampleFile("identity-squared-error.json"),
            "--answers", Cli.ExampleFile("identity-squared-error-answers.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(": 5 right, 2 wrong.", result.Output);
        Assert.Contains("the derivative taken of z instead of h", result.Output);
        Assert.Contains("the update added instead of subtracted", result.Output);
        Assert.All(
            result.Output.Split('\n').Where(line => line.StartsWith(' ')),
            line => Assert.True(line.Length <= 80, line));
    }

    [Fact]
    public void MeanInsteadOfSum_IsNamed()
    {
        // NumPy: the summed dL/db[3] of the batch is [0.3831, −0.6169, −0.6169]; the mean halves it.
        var answers = Write("""{"gradients": {"biases": [null, null, [0.1915, -0.3085, -0.3085]]}}""");

        var result = Cli.Run(["check", .. Cli.Exercise, .. Cli.SecondExample, "--answers", answers]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("likely mistake: the mean of the examples' gradients where the sum was asked", result.Output);
    }

    [Fact]
    public void CarriedOverError_NamesTheSource()
    {
        // h[1] written as 0.3000 (z[1] copied); z[2] = 4 · 0.1 · 0.3 + 0.1 = 0.2200 follows from
        // it, where the exact z[2] is 0.2165.
        var answers = Write(
            """
            {"examples": [{"activations": [[0.3000, 0.3000, 0.3000, 0.3000]],
                           "preActivations": [null, [0.2200, 0.2200, 0.2200]]}]}
            """);

        var result = Cli.Run(["check", .. Cli.Exercise, "--answers", answers]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("carried over from your wrong h[1] (examples[0].activations[0]),", result.Output);
        Assert.Contains("which it follows from correctly", result.Output);
    }

    [Fact]
    public void FewerDecimals_AreAcceptedAtTheirPrecision()
    {
        var answers = Write(
            """{"examples": [{"activations": [[0.29, 0.29, 0.29, 0.29], [0.2, 0.2, 0.2]]}], "loss": 0.38}""");

        var result = Cli.Run(["check", .. Cli.Exercise, "--answers", answers]);

        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData("""{"loss": "0.38"}""", "$.loss: expected a number, got the string \"0.38\".")]
    [InlineData(
        """{"examples": [{"activations": [[0.29, 0.29]]}]}""",
        "$.examples[0].activations[0]: h[1] has 4 number(s); got 2 number(s).")]
    [InlineData(
        """{"updated": {"weights": [null, null, null, [[1]]]}}""",
        "$.updated.weights: 4 entries given, but this step has 3")]
    [InlineData(
        """{"examples": [{"activations": [null, null, null, null]}]}""",
        "$.examples[0].activations: 4 entries given, but this step has 3 (h[1] at [0] to h[3] at [2]); " +
        "remove the extra entries.")]
    [InlineData(
        """{"examples": [{"loss": 0.3764}, {"loss": 0.3764}]}""",
        "$.examples: 2 entries given, but this step has 1 example; remove the extra entries.")]
    [InlineData("""{"loss": 0.3764, "loss": 0.38}""", "$.loss: given more than once; keep one of the values.")]
    [InlineData("", "the file is empty; write a JSON object with the fields of mlp step's JSON output.")]
    [InlineData("\n  \n", "the file is empty; write a JSON object with the fields of mlp step's JSON output.")]
    [InlineData("""{"activations": []}""", "$.activations: unknown field; expected one of network,")]
    [InlineData("{\"loss\": 0.38,,}", "line 1, column 15: invalid JSON")]
    public void MalformedAnswers_ExitWithTwoAndOneLine(string json, string expected)
    {
        var answers = Write(json);

        var result = Cli.Run(["check", .. Cli.Exercise, "--answers", answers]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"mlp: error: {answers}: {expected}", result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    /// <summary>
    /// One answers file for each kind of line the report prints: all right, each common mistake,
    /// a matrix written transposed, a carried-over error, an unexplained wrong value with a null
    /// entry, and the name g′(z). The values are those of the tests above.
    /// </summary>
    public static TheoryData<string[], string, string> AsciiCases() => new()
    {
        { [], """{"loss": 0.3764}""", "The quantity in" },
        { [], """{"examples": [{"preActivations": [[0.2, 0.2, 0.2, 0.2]]}]}""", "z = W h without + b" },
        {
            [],
            """{"updated": {"biases": [null, null, [0.1164, 0.0164, 0.1164]]}}""",
            "theta + eta dL/dtheta in place of theta - eta dL/dtheta"
        },
        {
            [],
            """{"examples": [{"deltas": [null, [-0.0484, -0.0484, -0.0484]]}]}""",
            "1 - z^2 in place of 1 - h^2 for tanh"
        },
        {
            [],
            """{"examples": [{"deltas": [null, [-0.0486, -0.0486, -0.0486]]}]}""",
            "1 - tanh(h)^2 in place of 1 - h^2"
        },
        {
            [],
            """
            {"updated": {"weights": [[[0.1013, 0.1013, 0.1013, 0.1013], [0.1, 0.1, 0.1, 0.1],
                                      [0.1013, 0.1013, 0.1013, 0.1013], [0.1, 0.1, 0.1, 0.1]]]}}
            """,
            "likely mistake: a transposed weight matrix"
        },
        {
            [],
            """
            {"updated": {"weights": [null, [[0.1014, 0.1014, 0.1014], [0.1014, 0.1014, 0.1014],
                                            [0.1014, 0.1014, 0.1014], [0.1014, 0.1014, 0.1014]]]}}
            """,
            "written as [inputs, outputs] in place of [outputs, inputs]"
        },
        {
            [],
            """
            {"updated": {"weights": [null, [[0.5, 0.5, 0.5], [0.5, 0.5, 0.5],
                                            [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]]]}}
            """,
            "written transposed, as [inputs, outputs]"
        },
        {
            [],
            """
            {"examples": [{"activations": [[0.3000, 0.3000, 0.3000, 0.3000]],
                           "preActivations": [null, [0.2200, 0.2200, 0.2200]]}]}
            """,
            "carried over from your wrong h[1]"
        },
        {
            [],
            """{"examples": [{"activations": [[0.9, null, 0.2913, 0.2913]]}]}""",
            "given:     [0.9, --, 0.2913, 0.2913]"
        },
        { [], """{"examples": [{"activationDerivatives": [null, [0.5, 0.5, 0.5]]}]}""", "g'(z[2])" },
        {
            ["--example", "0,0,10,0:0,0,1"],
            """{"gradients": {"biases": [null, null, [0.1915, -0.3085, -0.3085]]}}""",
            "the mean of the examples' gradients where the sum was asked"
        },
        {
            ["--example", "0,0,10,0:0,0,1", "--reduction", "mean"],
            """{"gradients": {"biases": [null, null, [0.3831, -0.6169, -0.6169]]}}""",
            "the sum of the examples' gradients where the mean was asked"
        },
    };

    [Theory]
    [MemberData(nameof(AsciiCases))]
    public void Ascii_EveryKindOfLine_PrintsOnlyAscii(string[] options, string json, string expected)
    {
        var result = Cli.Run(["check", .. Cli.Exercise, .. options, "--answers", Write(json), "--ascii"]);

        Assert.Empty(result.Error);
        Assert.Contains(expected, result.Output);
        Assert.All(result.Output, character => Assert.True(character < 128, $"'{character}' in {result.Output}"));
    }

    [Fact]
    public void EmptyProblemFile_ReportsEmptyFile()
    {
        var problem = Write("");

        var result = Cli.Run("check", "--problem", problem, "--answers", Write("""{"loss": 0.3764}"""));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"mlp: error: {problem}: the file is empty; write a JSON object with the fields of a problem, " +
            "such as layers, loss and examples.\n",
            result.Error);
    }

    [Fact]
    public void MissingAnswersOption_IsAParseError()
    {
        var result = Cli.Run(["check", .. Cli.Exercise]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--answers", result.Error);
    }

    private string Write(string json)
    {
        var path = Path.Combine(directory.FullName, $"answers-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
