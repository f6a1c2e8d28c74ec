using System.Text.Json;
using Mlp.Data;
using Mlp.Preprocessing;

namespace Mlp.Models;

/// <summary>Reads a model file into a checked <see cref="ModelDocument"/>.</summary>
internal static class ModelFileReader
{
    private static readonly byte[] Utf8ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <exception cref="FileNotFoundException">No file exists at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not valid JSON or not a valid model.</exception>
    public static ModelDocument Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Model file not found: \"{path}\". Check the path, or train and save a model " +
                "with mlp train --save.",
                path);
        }

        using var document = Parse(File.ReadAllBytes(path), path);
        return Read(new JsonField(document.RootElement, string.Empty, path), path);
    }

    private static JsonDocument Parse(byte[] bytes, string path)
    {
        try
        {
            // Some editors start UTF-8 files with a byte order mark, which JsonDocument rejects.
            var json = bytes.AsMemory();
            if (json.Span.StartsWith(Utf8ByteOrderMark))
            {
                json = json[Utf8ByteOrderMark.Length..];
            }

            return JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException(
                $"{path} is not valid JSON (line {exception.LineNumber + 1}, byte " +
                $"{exception.BytePositionInLine + 1}): the file is truncated or damaged. Save " +
                "the model again.",
                exception);
        }
    }

    private static ModelDocument Read(JsonField root, string path)
    {
        CheckFormat(root, path);
        var task = root.Property("task");
        var isClassifier = task.String() switch
        {
            "classification" => true,
            "regression" => false,
            var other => throw task.Error($"is \"{other}\", but must be classification or regression"),
        };
        var dtypeField = root.Property("dtype");
        var dtype = dtypeField.String();
        if (dtype is not ("float32" or "float64"))
        {
            throw dtypeField.Error($"is \"{dtype}\", but must be float32 or float64");
        }

        var (shape, weights, biases) = NetworkJson.Read(root.Property("network"), dtype == "float32");
        var input = root.Property("input");
        var (featureNames, targetName, scaler) = ReadInput(input, shape.InputCount);
        var (options, history) = TrainingHistoryJson.Read(root.Property("training"));
        return new ModelDocument
        {
            Path = path,
            Dtype = dtype,
            IsClassifier = isClassifier,
            Shape = shape,
            Weights = weights,
            Biases = biases,
            Classes = ReadClasses(root.Property("classes"), isClassifier),
            FeatureNames = featureNames,
            TargetName = targetName,
            Scaler = scaler,
            Options = options,
            History = history,
            Metrics = ReadMetrics(root.Property("metrics")),
        };
    }

    private static void CheckFormat(JsonField root, string path)
    {
        if (!root.HasProperty("format") || root.Property("format").StringOrNull() != ModelFile.FormatName)
        {
            throw new InvalidDataException(
                $"{path} is not an mlp model file: its format field is not " +
                $"\"{ModelFile.FormatName}\". Pass a file written by mlp train --save.");
        }

        var version = root.Property("format_version").Integer(1);
        if (version > ModelFile.FormatVersion)
        {
            throw new InvalidDataException(
                $"{path} has format_version {version}, but this version of Mlp.Core reads " +
                $"format_version {ModelFile.FormatVersion} and older. Update Mlp.Core or the " +
                "mlp tool to read it.");
        }
    }

    private static (string[] Names, string? Target, FeatureScaler? Scaler) ReadInput(JsonField input, int inputCount)
    {
        var because = $"network.layer_sizes with {CountText.Format(inputCount, "input")}";
        var count = input.Property("feature_count");
        if (count.Int32(1) != inputCount)
        {
            throw count.Error($"is {count.Int32(1)}, but {because} needs {inputCount}");
        }

        var names = input.Property("feature_names").Items(inputCount, because).Select(name => name.String()).ToArray();
        var target = input.Property("target_name").NullableString();
        var scaling = input.Property("scaling");
        if (scaling.IsNull)
        {
            return (names, target, null);
        }

        var method = ReadScalingMethod(scaling.Property("method"));
        var offsets = NetworkJson.ReadVector(scaling.Property("offsets"), inputCount, because);
        var scales = ReadScales(scaling.Property("scales"), inputCount, because);
        return (names, target, FeatureScaler.FromParameters(method, offsets, scales));
    }

    private static string ReadScalingMethod(JsonField field)
    {
        var method = field.String();
        try
        {
            return FeatureScaler.Create(method).Method;
        }
        catch (ArgumentException)
        {
            throw field.Error(
                $"is \"{method}\", which is unknown; expected {StandardScaler.MethodName} or " +
                MinMaxScaler.MethodName);
        }
    }

    /// <summary>
    /// Reads the scales that features are divided by. A scale below 1 / double.MaxValue, about
    /// 5.6e-309, is rejected: its reciprocal is infinite, so dividing by it overflows for nearly
    /// every feature value.
    /// </summary>
    private static double[] ReadScales(JsonField field, int count, string because)
    {
        var items = field.Items(count, because);
        var scales = new double[count];
        for (var j = 0; j < count; j++)
        {
            scales[j] = items[j].Number();
            if (scales[j] <= 0 || !double.IsFinite(1 / scales[j]))
            {
                throw items[j].Error(
                    $"is {scales[j]:R}, but a scale must be a positive number whose reciprocal is finite " +
                    "(at least about 5.6e-309)");
            }
        }

        return scales;
    }

    private static string[]? ReadClasses(JsonField field, bool isClassifier)
    {
        if (!isClassifier)
        {
            return field.IsNull ? null : throw field.Error("contains classes, but the task is regression");
        }

        var classes = field.Items().Select(label => label.String()).ToArray();
        if (classes.Length < 2 || classes.Distinct(StringComparer.Ordinal).Count() != classes.Length)
        {
            throw field.Error($"lists {classes.Length} labels, but a classifier needs two or more distinct labels");
        }

        return classes;
    }

    private static Dictionary<string, double> ReadMetrics(JsonField field)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, value) in field.Properties())
        {
            if (value.NullableNumber() is { } number)
            {
                metrics[name] = number;
            }
        }

        return metrics;
    }
}
