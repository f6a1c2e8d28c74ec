using Mlp.Activations;
using Mlp.Data;
using Mlp.Losses;
using Mlp.Networks;

namespace Mlp.Models;

/// <summary>Reads and checks the <c>network</c> object of a model file.</summary>
internal static class NetworkJson
{
    /// <summary>Reads the shape, then every weight matrix and bias vector against it.</summary>
    /// <exception cref="InvalidDataException">
    /// A field is missing, unknown or of the wrong size.
    /// </exception>
    public static (NetworkShape Shape, double[][] Weights, double[][] Biases) Read(JsonField network, bool asFloat)
    {
        var shape = ReadShape(network);
        var sizes = $"layer_sizes [{string.Join(", ", shape.LayerSizes)}]";
        var layers = network.Property("layers").Items(shape.LayerCount, sizes);
        var weights = new double[shape.LayerCount][];
        var biases = new double[shape.LayerCount][];
        for (var l = 0; l < shape.LayerCount; l++)
        {
            weights[l] = ReadWeights(layers[l].Property("weights"), shape, l, asFloat);
            var units = shape.UnitsOf(l);
            var because = $"layer {l} with {CountText.Format(units, "unit")}";
            biases[l] = ReadVector(layers[l].Property("biases"), units, because, asFloat);
        }

        return (shape, weights, biases);
    }

    /// <summary>Reads a list of numbers of a known length.</summary>
    public static double[] ReadVector(JsonField field, int count, string because, bool asFloat = false) =>
        [.. field.Items(count, because).Select(item => item.Number(asFloat))];

    private static NetworkShape ReadShape(JsonField network)
    {
        var sizesField = network.Property("layer_sizes");
        var sizes = sizesField.Items().Select(size => size.Int32(1)).ToArray();
        if (sizes.Length < 2)
        {
            throw sizesField.Error(
                $"lists {CountText.Format(sizes.Length, "layer")}, but a network needs an input and an output layer");
        }

        var hiddenCount = sizes.Length - 2;
        var activations = network.Property("hidden_activations")
            .Items(hiddenCount, $"layer_sizes with {CountText.Format(hiddenCount, "hidden layer")}");
        var hidden = activations
            .Select(field => Parse(field, name => ActivationNames.ParseHidden(name), ActivationNames.Hidden))
            .ToArray();
        var outputField = network.Property("output_activation");
        var output = Parse(outputField, name => ActivationNames.ParseOutput(name), ActivationNames.Output);
        var lossField = network.Property("loss");
        var loss = Parse(lossField, name => LossNames.Parse(name), LossNames.All);
        var expectedLoss = output == OutputActivation.Identity ? Loss.SquaredError : Loss.CrossEntropy;
        if (loss != expectedLoss)
        {
            throw lossField.Error(
                $"is \"{loss.ToName()}\", but a {output.ToName()} output is trained with " +
                $"\"{expectedLoss.ToName()}\"");
        }

        return new NetworkShape(sizes, hidden, output);
    }

    private static double[] ReadWeights(JsonField field, NetworkShape shape, int layer, bool asFloat)
    {
        var units = shape.UnitsOf(layer);
        var inputs = shape.InputsOf(layer);
        var rows = field.Items(units, $"layer {layer} with {CountText.Format(units, "unit")} (one row per unit)");
        var values = new double[units * inputs];
        var because = $"layer {layer} with {CountText.Format(inputs, "input")}";
        for (var unit = 0; unit < units; unit++)
        {
            var row = ReadVector(rows[unit], inputs, because, asFloat);
            row.CopyTo(values, unit * inputs);
        }

        return values;
    }

    private static T Parse<T>(JsonField field, Func<string, T> parse, IReadOnlyList<string> known)
    {
        var name = field.String();
        try
        {
            return parse(name);
        }
        catch (ArgumentException)
        {
            throw field.Error($"is \"{name}\", which is unknown; expected one of {string.Join(", ", known)}");
        }
    }
}
