using System.Text.Json;
using Mlp.Activations;
using Mlp.Losses;
using Mlp.Networks;

namespace Mlp.Exercises;

/// <summary>Reads a <see cref="StepProblem"/> from a JSON problem file.</summary>
/// <remarks>
/// The fields: <c>layers</c> (unit counts, input first), <c>activation</c> (one name for every
/// hidden layer, or a list with one per hidden layer), <c>output</c>, <c>loss</c>,
/// <c>learningRate</c>, <c>initial</c> (a number for every weight and bias, the string
/// <c>glorot:SEED</c>, or an object with every matrix as <c>weights</c> and every vector as
/// <c>biases</c>, layer 0 first), <c>examples</c> (a list of objects with <c>inputs</c> and
/// <c>targets</c>), the optional <c>reduction</c> (<c>sum</c>, the default, or <c>mean</c>) and
/// an optional free-text <c>description</c>.
/// </remarks>
public static class StepProblemFile
{
    private static readonly string[] Fields =
    [
        StepJsonFields.Layers, "activation", StepJsonFields.Output, StepJsonFields.Loss,
        StepJsonFields.LearningRate, StepJsonFields.Reduction, StepJsonFields.Initial,
        StepJsonFields.Examples, "description",
    ];

    /// <summary>Reads a problem file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">
    /// The file is empty or not JSON, or a field is missing, unknown, invalid or given twice. The
    /// message names the file and the JSON path of the bad field, or the line of a syntax error.
    /// </exception>
    public static StepProblem Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads a problem from JSON text.</summary>
    /// <param name="json">The problem.</param>
    /// <param name="source">File name to use in messages.</param>
    /// <exception cref="InvalidDataException">See <see cref="Load"/>.</exception>
    public static StepProblem Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        using var document = JsonFile.ParseDocument(
            json,
            source,
            "a JSON object with the fields of a problem, such as layers, loss and examples");
        var file = new JsonFile(source);
        var root = document.RootElement;
        file.RequireKind(root, "$", JsonValueKind.Object, "an object with the fields of a problem");
        foreach (var property in root.EnumerateObject())
        {
            if (!Fields.Contains(property.Name))
            {
                throw file.UnknownField($"$.{property.Name}", Fields);
            }
        }

        var shape = ReadShape(file, root);
        var network = ReadInitial(file, Required(file, root, StepJsonFields.Initial), shape);
        var loss = Parse(file, root, StepJsonFields.Loss, name => LossNames.Parse(name));
        var learningRate = file.ReadDouble(Required(file, root, StepJsonFields.LearningRate), "$.learningRate");
        var reduction = root.TryGetProperty(StepJsonFields.Reduction, out _)
            ? Parse(file, root, StepJsonFields.Reduction, name => GradientReductionNames.Parse(name))
            : GradientReduction.Sum;
        var examples = ExampleReader.Read(file, Required(file, root, StepJsonFields.Examples), shape);
        try
        {
            return new StepProblem(network, loss, learningRate, reduction, examples);
        }
        catch (ArgumentException exception)
        {
            var field = exception.ParamName switch
            {
                "learningRate" => "$.learningRate",
                "loss" => "$.loss",
                _ => "$.examples",
            };
            throw file.Error(field, WithoutParameterName(exception));
        }
    }

    /// <summary>Returns an exception's message without the "(Parameter 'x')" that .NET appends.</summary>
    internal static string WithoutParameterName(ArgumentException exception) =>
        exception.ParamName is null
            ? exception.Message
            : exception.Message.Replace($" (Parameter '{exception.ParamName}')", "", StringComparison.Ordinal);

    private static NetworkShape ReadShape(JsonFile file, JsonElement root)
    {
        var layersElement = Required(file, root, StepJsonFields.Layers);
        file.RequireKind(layersElement, "$.layers", JsonValueKind.Array, "a list of unit counts such as [4, 4, 3, 3]");
        var layers = new List<int>();
        foreach (var item in layersElement.EnumerateArray())
        {
            var path = $"$.layers[{layers.Count}]";
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var size) || size < 1)
            {
                throw file.Error(path, $"expected a whole number of units, 1 or more, got {JsonFile.Describe(item)}.");
            }

            layers.Add(size);
        }

        if (layers.Count < 2)
        {
            throw file.Error(
                "$.layers",
                $"expected at least an input and an output layer, got {layers.Count} count(s).");
        }

        var hidden = ReadActivations(file, root, layers.Count - 2);
        var output = Parse(file, root, StepJsonFields.Output, name => ActivationNames.ParseOutput(name));
        return new NetworkShape(layers, hidden, output);
    }

    private static Activation[] ReadActivations(JsonFile file, JsonElement root, int hiddenCount)
    {
        if (!root.TryGetProperty("activation", out var element))
        {
            return hiddenCount == 0
                ? []
                : throw file.Error(
                    "$",
                    "missing field 'activation'; give one hidden activation such as \"tanh\", or a list.");
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            var activation = ParseName(file, element, "$.activation", name => ActivationNames.ParseHidden(name));
            return Enumerable.Repeat(activation, hiddenCount).ToArray();
        }

        file.RequireKind(element, "$.activation", JsonValueKind.Array, "an activation name or a list of names");
        var names = element.EnumerateArray().ToArray();
        if (names.Length != hiddenCount)
        {
            throw file.Error(
                "$.activation",
                $"{names.Length} activation(s) for {hiddenCount} hidden layer(s); give one per hidden layer.");
        }

        return [.. names.Select((name, i) =>
            ParseName(file, name, $"$.activation[{i}]", text => ActivationNames.ParseHidden(text)))];
    }

    private static MultilayerPerceptron<double> ReadInitial(JsonFile file, JsonElement element, NetworkShape shape)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                return new InitialParameters(file.ReadDouble(element, "$.initial"), null).CreateNetwork(shape);
            case JsonValueKind.String:
                try
                {
                    return InitialParameters.Parse(element.GetString()!).CreateNetwork(shape);
                }
                catch (FormatException exception)
                {
                    throw file.Error("$.initial", exception.Message);
                }

            case JsonValueKind.Object:
                return ParameterReader.Read(file, element, shape);
            default:
                throw file.Error(
                    "$.initial",
                    "expected a number, \"glorot:SEED\" or an object with weights and biases, " +
                    $"got {JsonFile.Describe(element)}.");
        }
    }

    private static JsonElement Required(JsonFile file, JsonElement root, string name) =>
        root.TryGetProperty(name, out var element)
            ? element
            : throw file.Error("$", $"missing field '{name}'.");

    private static T Parse<T>(JsonFile file, JsonElement root, string name, Func<string, T> parse) =>
        ParseName(file, Required(file, root, name), $"$.{name}", parse);

    private static T ParseName<T>(JsonFile file, JsonElement element, string path, Func<string, T> parse)
    {
        var text = file.ReadString(element, path);
        try
        {
            return parse(text);
        }
        catch (ArgumentException exception)
        {
            throw file.Error(path, WithoutParameterName(exception));
        }
    }
}
