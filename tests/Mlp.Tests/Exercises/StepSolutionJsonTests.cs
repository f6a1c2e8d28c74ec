using System.Text.Json;
using Mlp.Checking;
using Mlp.Exercises;

namespace Mlp.Tests.Exercises;

public class StepSolutionJsonTests
{
    [Fact]
    public void ToJson_Exercise_KeepsEveryValueBitForBit()
    {
        var solution = GradientDescentStep.Solve(ExerciseProblems.IdentitySquaredError(
            ExerciseProblems.First,
            ExerciseProblems.Second));
        using var document = JsonDocument.Parse(StepSolutionJson.ToJson(solution));

        foreach (var (path, expected) in StepQuantities.Values(solution))
        {
            ReferenceFile.AssertBitwiseEqual(expected, Flatten(Find(document.RootElement, path)));
        }
    }

    [Fact]
    public void ToJson_ContractFields_HaveTheirShapes()
    {
        var solution = GradientDescentStep.Solve(ExerciseProblems.IdentitySquaredError());
        using var document = JsonDocument.Parse(StepSolutionJson.ToJson(solution));
        var root = document.RootElement;

        Assert.Equal(JsonValueKind.Number, root.GetProperty("loss").ValueKind);
        var example = root.GetProperty("examples")[0];
        Assert.Equal(3, example.GetProperty("preActivations").GetArrayLength());
        Assert.Equal(3, example.GetProperty("activations").GetArrayLength());
        Assert.Equal(3, example.GetProperty("deltas").GetArrayLength());
        Assert.Equal(2, example.GetProperty("activationGradients").GetArrayLength());
        Assert.Equal(4, root.GetProperty("gradients").GetProperty("weights")[0].GetArrayLength());
        Assert.Equal(3, root.GetProperty("gradients").GetProperty("biases")[2].GetArrayLength());
        var updatedW3 = root.GetProperty("updated").GetProperty("weights")[2];
        Assert.Equal(3, updatedW3.GetArrayLength());
        Assert.Equal(3, updatedW3[0].GetArrayLength());
        Assert.Equal("sum", root.GetProperty("network").GetProperty("reduction").GetString());
    }

    [Fact]
    public void ToJson_Numbers_AreShortestRoundTripText()
    {
        var json = StepSolutionJson.ToJson(GradientDescentStep.Solve(ExerciseProblems.IdentitySquaredError()));

        // The NumPy value of the updated b[3] printed by repr(), the shortest round-trip text.
        Assert.Contains("0.08360389403602916", json);
        Assert.Contains("\"learningRate\": 0.1,", json);
        Assert.DoesNotContain("0.10000000000000001", json);
    }

    [Fact]
    public void ToJson_WithGradientCheck_AddsEveryEntry()
    {
        var problem = ExerciseProblems.IdentitySquaredError();
        var check = GradientCheck.Run(problem.Network, problem.Examples, problem.Loss);

        using var document = JsonDocument.Parse(StepSolutionJson.ToJson(GradientDescentStep.Solve(problem), check));
        var section = document.RootElement.GetProperty("gradientCheck");

        Assert.True(section.GetProperty("allAgree").GetBoolean());
        Assert.Equal((4 * 4) + 4 + (3 * 4) + 3 + (3 * 3) + 3, section.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public void WriteNumberValue_NonFinite_WritesName()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            StepSolutionJson.WriteNumberValue(writer, double.PositiveInfinity);
            StepSolutionJson.WriteNumberValue(writer, double.NaN);
            writer.WriteEndArray();
        }

        Assert.Equal("""["Infinity","NaN"]""", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    internal static JsonElement Find(JsonElement root, string path)
    {
        var element = root;
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[');
            element = element.GetProperty(bracket < 0 ? segment : segment[..bracket]);
            if (bracket >= 0)
            {
                var index = segment[(bracket + 1)..^1];
                element = element[int.Parse(index, System.Globalization.CultureInfo.InvariantCulture)];
            }
        }

        return element;
    }

    internal static double[] Flatten(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => [element.GetDouble()],
        _ => [.. element.EnumerateArray().SelectMany(Flatten)],
    };
}
