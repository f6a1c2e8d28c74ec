using System.Text.Json;
using Mlp.Exercises;

namespace Mlp.Checking;

/// <summary>
/// A student's answers: any subset of the fields of <c>mlp step --format json</c>, each number
/// kept with the decimals it was written with.
/// </summary>
/// <remarks>
/// A field that is left out, or null, is not checked; so is a null entry of a list, which lets
/// an answer give the updated W[3] alone as <c>"weights": [null, null, [[…], …]]</c>. The fields
/// <c>network</c> and <c>gradientCheck</c> are read past, so the JSON output itself is a valid
/// answers file.
/// </remarks>
public sealed class AnswerSheet
{
    private static readonly string[] RootFields =
    [
        StepJsonFields.Network, StepJsonFields.Initial, StepJsonFields.Loss, StepJsonFields.Examples,
        StepJsonFields.Gradients, StepJsonFields.Updated, StepJsonFields.GradientCheck,
    ];

    private static readonly string[] ExampleFields =
    [
        StepJsonFields.Inputs, StepJsonFields.Targets, StepJsonFields.Loss,
        StepJsonFields.PreActivations, StepJsonFields.Activations, StepJsonFields.Deltas,
        StepJsonFields.ActivationGradients, StepJsonFields.ActivationDerivatives, StepJsonFields.Gradients,
    ];

    private static readonly string[] ParameterFields = [StepJsonFields.Weights, StepJsonFields.Biases];

    private readonly List<GivenAnswer> answers = [];

    private readonly List<GivenList> lists = [];

    private AnswerSheet(string source) => Source = source;

    /// <summary>Name of the file the answers came from, used in messages.</summary>
    public string Source { get; }

    /// <summary>Every quantity given, in the order of the file.</summary>
    public IReadOnlyList<GivenAnswer> Answers => answers;

    /// <summary>
    /// Every list of examples or layers, in the order of the file, each before the lists inside
    /// it, so that a check of their lengths can reject one that is longer than the step's.
    /// </summary>
    public IReadOnlyList<GivenList> Lists => lists;

    /// <summary>Reads an answers file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">
    /// The file is empty or not JSON, or a field is unknown, given twice or of the wrong kind. The
    /// message names the file and the JSON path or line.
    /// </exception>
    public static AnswerSheet Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads answers from JSON text.</summary>
    /// <param name="json">The answers.</param>
    /// <param name="source">File name to use in messages.</param>
    /// <exception cref="InvalidDataException">See <see cref="Load"/>.</exception>
    public static AnswerSheet Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        using var document = JsonFile.ParseDocument(
            json,
            source,
            "a JSON object with the fields of mlp step's JSON output");
        var sheet = new AnswerSheet(source);
        sheet.ReadRoot(document.RootElement);
        return sheet;
    }

    private void ReadRoot(JsonElement root)
    {
        var reader = new JsonFile(Source);
        reader.RequireKind(root, "$", JsonValueKind.Object, "an object with the fields of a step");
        foreach (var property in root.EnumerateObject())
        {
            var jsonPath = $"$.{property.Name}";
            switch (property.Name)
            {
                case StepJsonFields.Network or StepJsonFields.GradientCheck:
                    break;
                case StepJsonFields.Loss:
                    ReadQuantity(property.Value, property.Name, QuantityKind.Scalar);
                    break;
                case StepJsonFields.Initial or StepJsonFields.Gradients or StepJsonFields.Updated:
                    ReadParameters(property.Value, property.Name);
                    break;
                case StepJsonFields.Examples:
                    ReadExamples(property.Value);
                    break;
                default:
                    throw reader.UnknownField(jsonPath, RootFields);
            }
        }
    }

    private void ReadExamples(JsonElement examples)
    {
        var reader = new JsonFile(Source);
        if (!reader.IsGiven(examples, "$." + StepJsonFields.Examples, "a list of examples"))
        {
            return;
        }

        lists.Add(new GivenList(StepJsonFields.Examples, examples.GetArrayLength()));
        var index = 0;
        foreach (var example in examples.EnumerateArray())
        {
            var prefix = StepQuantities.ExamplePath(index++);
            if (reader.IsGiven(example, "$." + prefix, "an object with the fields of an example", JsonValueKind.Object))
            {
                ReadExample(example, prefix);
            }
        }
    }

    private void ReadExample(JsonElement example, string prefix)
    {
        var reader = new JsonFile(Source);
        foreach (var property in example.EnumerateObject())
        {
            var path = $"{prefix}.{property.Name}";
            switch (property.Name)
            {
                case StepJsonFields.Inputs or StepJsonFields.Targets:
                    ReadQuantity(property.Value, path, QuantityKind.Vector);
                    break;
                case StepJsonFields.Loss:
                    ReadQuantity(property.Value, path, QuantityKind.Scalar);
                    break;
                case StepJsonFields.Gradients:
                    ReadParameters(property.Value, path);
                    break;
                case var name when ExampleFields.Contains(name):
                    ReadLayers(property.Value, path, QuantityKind.Vector);
                    break;
                default:
                    throw reader.UnknownField("$." + path, ExampleFields);
            }
        }
    }

    private void ReadParameters(JsonElement parameters, string prefix)
    {
        var reader = new JsonFile(Source);
        if (!reader.IsGiven(parameters, "$." + prefix, "an object with weights and biases", JsonValueKind.Object))
        {
            return;
        }

        foreach (var property in parameters.EnumerateObject())
        {
            var path = $"{prefix}.{property.Name}";
            var kind = property.Name switch
            {
                StepJsonFields.Weights => QuantityKind.Matrix,
                StepJsonFields.Biases => QuantityKind.Vector,
                _ => throw reader.UnknownField("$." + path, ParameterFields),
            };
            ReadLayers(property.Value, path, kind);
        }
    }

    private void ReadLayers(JsonElement layers, string path, QuantityKind kind)
    {
        var reader = new JsonFile(Source);
        if (!reader.IsGiven(layers, "$." + path, "a list with one entry per layer"))
        {
            return;
        }

        lists.Add(new GivenList(path, layers.GetArrayLength()));
        var layer = 0;
        foreach (var entry in layers.EnumerateArray())
        {
            ReadQuantity(entry, $"{path}[{layer++}]", kind);
        }
    }

    private void ReadQuantity(JsonElement element, string path, QuantityKind kind)
    {
        var reader = new JsonFile(Source);
        var jsonPath = "$." + path;
        switch (kind)
        {
            case QuantityKind.Scalar:
                var number = reader.ReadNumber(element, jsonPath);
                if (number is not null)
                {
                    answers.Add(new GivenAnswer(path, kind, 1, 1, [number]));
                }

                break;
            case QuantityKind.Vector:
                if (reader.IsGiven(element, jsonPath, "a list of numbers"))
                {
                    var numbers = reader.ReadNumbers(element, jsonPath);
                    answers.Add(new GivenAnswer(path, kind, numbers.Length, 1, numbers));
                }

                break;
            default:
                if (reader.IsGiven(element, jsonPath, "a matrix: a list of rows of numbers"))
                {
                    var (rows, columns, numbers) = reader.ReadMatrix(element, jsonPath);
                    answers.Add(new GivenAnswer(path, kind, rows, columns, numbers));
                }

                break;
        }
    }
}
