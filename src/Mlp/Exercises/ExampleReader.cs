using System.Text.Json;
using Mlp.Networks;

namespace Mlp.Exercises;

/// <summary>Reads the examples and the explicit parameters of a problem file.</summary>
internal static class ExampleReader
{
    /// <summary>Reads a list of objects with <c>inputs</c> and <c>targets</c> that fit the shape.</summary>
    public static List<TrainingExample> Read(JsonFile file, JsonElement element, NetworkShape shape)
    {
        file.RequireKind(element, "$.examples", JsonValueKind.Array, "a list of examples");
        var examples = new List<TrainingExample>();
        foreach (var item in element.EnumerateArray())
        {
            var path = $"$.examples[{examples.Count}]";
            file.RequireKind(item, path, JsonValueKind.Object, "an object with inputs and targets");
            foreach (var property in item.EnumerateObject())
            {
                if (property.Name is not (StepJsonFields.Inputs or StepJsonFields.Targets))
                {
                    throw file.UnknownField($"{path}.{property.Name}", [StepJsonFields.Inputs, StepJsonFields.Targets]);
                }
            }

            var inputs = Vector(file, item, path, StepJsonFields.Inputs, shape.InputCount, "one per input unit");
            var targets = Vector(file, item, path, StepJsonFields.Targets, shape.OutputCount, "one per output unit");
            examples.Add(new TrainingExample(inputs, targets));
        }

        if (examples.Count == 0)
        {
            throw file.Error("$.examples", "no examples; a step needs at least one.");
        }

        return examples;
    }

    private static double[] Vector(
        JsonFile file,
        JsonElement example,
        string path,
        string name,
        int length,
        string meaning)
    {
        var fieldPath = $"{path}.{name}";
        if (!example.TryGetProperty(name, out var element))
        {
            throw file.Error(path, $"missing field '{name}'.");
        }

        return ReadVector(file, element, fieldPath, length, meaning);
    }

    /// <summary>Reads a list of exactly <paramref name="length"/> finite numbers.</summary>
    /// <param name="file">File being read.</param>
    /// <param name="element">The list.</param>
    /// <param name="path">JSON path of the list.</param>
    /// <param name="length">Number of values the layers call for.</param>
    /// <param name="meaning">What each value is, such as "one per input unit".</param>
    public static double[] ReadVector(JsonFile file, JsonElement element, string path, int length, string meaning)
    {
        file.RequireKind(element, path, JsonValueKind.Array, $"a list of {length} numbers");
        var values = element.EnumerateArray().Select((item, i) => file.ReadDouble(item, $"{path}[{i}]")).ToArray();
        if (values.Length != length)
        {
            throw file.Error(path, $"expected {length} numbers, {meaning}, got {values.Length}.");
        }

        return values;
    }
}
