using System.Globalization;
using System.Text.Json;

namespace Mlp.Cli.Tests.Commands;

/// <summary>
/// mlp step --gradcheck: backprop against fourth-order central differences, which only evaluate
/// the loss, must agree to 1e-6 relative on the exercises and on random networks.
/// </summary>
public class GradientCheckCommandTests
{
    public static TheoryData<string, string, string> Pairs()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var hidden in new[] { "identity", "logistic", "tanh", "relu" })
        {
            data.Add(hidden, "identity", "squared-error");
            data.Add(hidden, "logistic", "squared-error");
            data.Add(hidden, "softmax", "squared-error");
            data.Add(hidden, "logistic", "cross-entropy");
            data.Add(hidden, "softmax", "cross-entropy");
        }

        return data;
    }

    [Theory]
    [InlineData("identity-squared-error.json")]
    [InlineData("softmax-cross-entropy.json")]
    [InlineData("identity-squared-error-batch.json")]
    [InlineData("softmax-cross-entropy-batch.json")]
    public void Exercise_AgreesWithinOneMillionth(string file)
    {
        var section = Check("--problem", Cli.ExampleFile(file));

        Assert.True(section.GetProperty("allAgree").GetBoolean());
        Assert.True(section.GetProperty("maxRelativeError").GetDouble() <= 1e-6);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void RandomNetwork_AgreesWithinOneMillionth(string hidden, string output, string loss)
    {
        for (var seed = 0; seed < 3; seed++)
        {
            var random = new Random(seed + 100);
            var section = Check(
                "--layers", "3,4,3,3", "--activation", hidden, "--output", output, "--loss", loss,
                "--init", $"glorot:{seed}", "--lr", "0.5",
                "--example", RandomExample(random, output, loss),
                "--example", RandomExample(random, output, loss));

            Assert.True(
                section.GetProperty("allAgree").GetBoolean(),
                $"{hidden}/{output}/{loss} seed {seed}: {section.GetProperty("maxRelativeError").GetDouble():E2}");
        }
    }

    [Fact]
    public void Text_ShowsTableAndVerdict()
    {
        var result = Cli.Run(["step", .. Cli.Exercise, "--gradcheck"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Gradient check", result.Output);
        Assert.Contains("W[1][1,1]", result.Output);
        Assert.Contains("All 47 gradients agree", result.Output);
    }

    private static JsonElement Check(params string[] options)
    {
        var result = Cli.Run(["step", .. options, "--gradcheck", "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.Error + result.Output[..Math.Min(200, result.Output.Length)]);
        using var document = JsonDocument.Parse(result.Output);
        return document.RootElement.GetProperty("gradientCheck").Clone();
    }

    private static string RandomExample(Random random, string output, string loss)
    {
        var inputs = Enumerable.Range(0, 3).Select(_ => (random.NextDouble() * 4) - 2);
        var targets = new double[3];
        if (output == "softmax" && loss == "cross-entropy")
        {
            targets[random.Next(3)] = 1;
        }
        else
        {
            for (var k = 0; k < 3; k++)
            {
                targets[k] = output == "identity" ? (random.NextDouble() * 2) - 1 : random.NextDouble();
            }
        }

        string Join(IEnumerable<double> values) =>
            string.Join(",", values.Select(value => value.ToString("R", CultureInfo.InvariantCulture)));
        return $"{Join(inputs)}:{Join(targets)}";
    }
}
