using System.Text.Json;
using Mlp.Networks;

namespace Mlp.Exercises;

/// <summary>Reads every weight matrix and bias vector of a network from a problem file.</summary>
internal static class ParameterReader
{
    /// <summary>Reads <c>{"weights": [...], "biases": [...]}</c> with one entry per layer.</summary>
    public static MultilayerPerceptron<double> Read(JsonFile file, JsonElement element, NetworkShape shape)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name is not (StepJsonFields.Weights or StepJsonFields.Biases))
            {
                throw file.UnknownField($"$.initial.{property.Name}", [StepJsonFields.Weights, StepJsonFields.Biases]);
            }
        }

        var network = new MultilayerPerceptron<double>(shape);
        var weights = Layers(file, element, StepJsonFields.Weights, shape.LayerCount);
        var biases = Layers(file, element, StepJsonFields.Biases, shape.LayerCount);
        for (var l = 0; l < shape.LayerCount; l++)
        {
            var path = $"$.initial.weights[{l}]";
            var rows = shape.UnitsOf(l);
            var columns = shape.InputsOf(l);
            file.RequireKind(weights[l], path, JsonValueKind.Array, $"a matrix of {rows} rows of {columns} numbers");
            if (weights[l].GetArrayLength() != rows)
            {
                throw file.Error(
                    path,
                    $"expected {rows} rows (one per unit of layer {l}), each of {columns} inputs, " +
                    $"got {weights[l].GetArrayLength()} rows.");
            }

            var row = 0;
            foreach (var item in weights[l].EnumerateArray())
            {
                ExampleReader.ReadVector(file, item, $"{path}[{row}]", columns, "one per input of the layer")
                    .CopyTo(network.Weights[l].Row(row));
                row++;
            }

            ExampleReader.ReadVector(file, biases[l], $"$.initial.biases[{l}]", rows, "one per unit of the layer")
                .CopyTo(network.Biases[l].Span);
        }

        return network;
    }

    private static JsonElement[] Layers(JsonFile file, JsonElement element, string name, int count)
    {
        var path = $"$.initial.{name}";
        if (!element.TryGetProperty(name, out var layers))
        {
            throw file.Error("$.initial", $"missing field '{name}'.");
        }

        file.RequireKind(layers, path, JsonValueKind.Array, $"a list with one entry per layer ({count})");
        if (layers.GetArrayLength() != count)
        {
            throw file.Error(path, $"expected {count} entries, one per weight layer, got {layers.GetArrayLength()}.");
        }

        return [.. layers.EnumerateArray()];
    }
}
