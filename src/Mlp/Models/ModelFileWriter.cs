using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mlp.Activations;
using Mlp.Estimators;
using Mlp.LinearAlgebra;
using Mlp.Losses;
using Mlp.Networks;
using Mlp.Preprocessing;
using Mlp.Training;

namespace Mlp.Models;

/// <summary>Writes a <see cref="SavedModel{T}"/> as the JSON of a model file.</summary>
/// <remarks>
/// Each weight row and each long list of numbers goes on one line, so the file stays readable
/// and diffs well. Numbers use the shortest text that parses back to the same float or double
/// (.NET's "R" format), so reading restores every bit.
/// </remarks>
internal static class ModelFileWriter
{
    // Indentation of weight rows and of the bracket that closes them, matching the writer's
    // two spaces per level: root, network, layers, layer, weights.
    private const string RowIndent = "          ";
    private const string CloseIndent = "        ";

    // Names and labels are written as they are (+, ', é), not as \uXXXX: the default encoder
    // escapes such characters for embedding in HTML, which no reader of a model file does.
    // Quotes, backslashes and control characters are still escaped.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions StringOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(Stream stream, SavedModel<T> model)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var estimator = model.Estimator;
        var network = estimator.Network!;
        using var json = new Utf8JsonWriter(stream, WriterOptions);
        json.WriteStartObject();
        json.WriteString("format", ModelFile.FormatName);
        json.WriteNumber("format_version", ModelFile.FormatVersion);
        json.WriteString("producer", Producer());
        json.WriteString("task", model.IsClassifier ? "classification" : "regression");
        json.WriteString("dtype", model.Dtype);
        WriteInput(json, estimator, model.Scaler);
        WriteClasses(json, (estimator as MlpClassifier<T>)?.Classes);
        WriteNetwork(json, network);
        WriteTraining(json, estimator);
        json.WriteStartObject("metrics");
        foreach (var (name, value) in model.Metrics)
        {
            json.WritePropertyName(name);
            WriteNumber(json, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInput<T>(Utf8JsonWriter json, MlpEstimator<T> estimator, FeatureScaler? scaler)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        json.WriteStartObject("input");
        json.WriteNumber("feature_count", estimator.Network!.Shape.InputCount);
        json.WritePropertyName("feature_names");
        json.WriteRawValue(FormatStrings(estimator.FeatureNames));
        json.WriteString("target_name", estimator.TargetName);
        if (scaler is null)
        {
            json.WriteNull("scaling");
        }
        else
        {
            json.WriteStartObject("scaling");
            json.WriteString("method", scaler.Method);
            WriteRow(json, "offsets", scaler.Offsets);
            WriteRow(json, "scales", scaler.Scales);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteClasses(Utf8JsonWriter json, IReadOnlyList<string>? classes)
    {
        if (classes is null)
        {
            json.WriteNull("classes");
            return;
        }

        json.WritePropertyName("classes");
        json.WriteRawValue(FormatStrings(classes));
    }

    private static void WriteNetwork<T>(Utf8JsonWriter json, MultilayerPerceptron<T> network)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var shape = network.Shape;
        json.WriteStartObject("network");
        json.WritePropertyName("layer_sizes");
        json.WriteRawValue($"[{string.Join(", ", shape.LayerSizes)}]");
        json.WritePropertyName("hidden_activations");
        json.WriteRawValue(FormatStrings(shape.HiddenActivations.Select(activation => activation.ToName())));
        json.WriteString("output_activation", shape.Output.ToName());
        var loss = shape.Output == OutputActivation.Identity ? Loss.SquaredError : Loss.CrossEntropy;
        json.WriteString("loss", loss.ToName());
        json.WriteStartArray("layers");
        for (var l = 0; l < network.LayerCount; l++)
        {
            json.WriteStartObject();
            json.WritePropertyName("weights");
            json.WriteRawValue(FormatMatrix(network.Weights[l]));
            json.WritePropertyName("biases");
            json.WriteRawValue(FormatRow<T>(network.Biases[l].Span));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTraining<T>(Utf8JsonWriter json, MlpEstimator<T> estimator)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var history = estimator.TrainingHistory!;
        json.WriteStartObject("training");
        TrainingOptionsJson.Write(json, estimator.Options);
        json.WriteNumber("n_iter", history.IterationCount);
        json.WriteNumber("t", history.SamplesSeen);
        if (estimator.StopReason is { } reason)
        {
            json.WriteString("stop_reason", reason.ToName());
        }
        else
        {
            json.WriteNull("stop_reason");
        }

        WriteRow(json, "loss_curve", history.LossCurve);
        WriteNullableNumber(json, "best_loss", estimator.BestLoss);
        if (history.ValidationScores is { } scores)
        {
            WriteRow(json, "validation_scores", scores);
        }
        else
        {
            json.WriteNull("validation_scores");
        }

        WriteNullableNumber(json, "best_validation_score", estimator.BestValidationScore);
        json.WriteNumber("no_improvement_count", history.NoImprovementCount);
        json.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter json, string name, IReadOnlyList<double> values)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(FormatRow<double>(values.ToArray()));
    }

    /// <summary>Writes a number, or null for ±∞ and NaN, which JSON cannot hold and no field needs.</summary>
    private static void WriteNullableNumber(Utf8JsonWriter json, string name, double? value)
    {
        json.WritePropertyName(name);
        WriteNumber(json, value);
    }

    private static void WriteNumber(Utf8JsonWriter json, double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            json.WriteNumberValue(number);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    /// <summary>Formats a matrix as a JSON array with one row per line, indented under its layer.</summary>
    private static string FormatMatrix<T>(Matrix<T> matrix)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var rows = Enumerable.Range(0, matrix.Rows).Select(row => FormatRow<T>(matrix.Row(row)));
        return $"[\n{RowIndent}{string.Join($",\n{RowIndent}", rows)}\n{CloseIndent}]";
    }

    /// <summary>Formats strings as a one-line JSON array.</summary>
    private static string FormatStrings(IEnumerable<string> values) =>
        $"[{string.Join(", ", values.Select(value => JsonSerializer.Serialize(value, StringOptions)))}]";

    /// <summary>Formats values as a one-line JSON array in their shortest round-trip form.</summary>
    private static string FormatRow<T>(ReadOnlySpan<T> values)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < values.Length; i++)
        {
            if (!T.IsFinite(values[i]))
            {
                throw new InvalidOperationException(
                    $"Value {i} of a row is {values[i]}; a model with NaN or infinite values " +
                    "cannot be saved. Train again with a smaller learning rate.");
            }

            text.Append(i == 0 ? string.Empty : ", ");
            text.Append(values[i].ToString("R", CultureInfo.InvariantCulture));
        }

        return text.Append(']').ToString();
    }

    private static string Producer()
    {
        var assembly = typeof(ModelFile).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";

        // Drop the commit hash that the build appends after '+', so equal models give equal files.
        return $"Mlp.Core {version.Split('+')[0]}";
    }
}
