using System.Reflection;
using System.Text.Json;
using Mlp.Activations;
using Mlp.Cli.Models;
using Mlp.Cli.Reporting;
using Mlp.IO;
using static Mlp.Cli.Export.OnnxFields;

namespace Mlp.Cli.Export;

/// <summary>
/// Writes a saved model as an ONNX graph in float32: input scaling as Sub and Div, each layer as
/// Gemm (z = h Wᵀ + b), the hidden activations as Relu, Tanh or Sigmoid, and a Softmax or Sigmoid
/// output for classifiers.
/// </summary>
/// <remarks>
/// The graph takes <c>features</c>, float [N, inputs]. A classifier returns <c>probabilities</c>,
/// float [N, classes], and <c>class_index</c>, int64 [N], the column of the largest probability;
/// the labels of the columns are in the metadata entry <c>classes</c> as a JSON array. A binary
/// classifier's single logistic unit p becomes the two columns 1 − p and p. A regressor returns
/// <c>predictions</c>, float [N, outputs]. The file uses IR version 7 and opset 13; the tests
/// run it in ONNX Runtime 1.32. Weights are rounded to float32, so outputs differ from the
/// model's double-precision predictions in about the seventh significant digit.
/// </remarks>
internal static class OnnxExporter
{
    public const long IrVersion = 7;
    public const long OpsetVersion = 13;

    /// <summary>Writes the ONNX file atomically.</summary>
    /// <exception cref="InvalidDataException">A parameter does not fit in float32.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(LoadedModel model, string path)
    {
        var bytes = Export(model);
        AtomicFile.Write(path, stream => stream.Write(bytes));
    }

    /// <summary>Returns the bytes of the ONNX model.</summary>
    /// <exception cref="InvalidDataException">
    /// A parameter is beyond float32's range, or a scale is so small that float32 division by it
    /// overflows; the message names the model file's field.
    /// </exception>
    public static byte[] Export(LoadedModel model)
    {
        var graph = new OnnxGraph();
        graph.AddInput("features", DataTypeFloat, "N", (long)model.InputCount);
        var current = AddScaling(graph, model, "features");
        var shape = model.Shape;
        for (var l = 0; l < shape.LayerCount; l++)
        {
            var inputs = shape.InputsOf(l);
            var weights = ToFloat(
                model,
                model.Weights(l),
                i => $"network.layers[{l}].weights[{i / inputs}][{i % inputs}]");
            var biases = ToFloat(model, model.Biases(l), i => $"network.layers[{l}].biases[{i}]");
            graph.AddInitializer($"W{l}", weights, shape.UnitsOf(l), inputs);
            graph.AddInitializer($"b{l}", biases, shape.UnitsOf(l));
            graph.AddNode("Gemm", [current, $"W{l}", $"b{l}"], $"z{l}", ("transB", 1));
            current = shape.IsOutputLayer(l)
                ? $"z{l}"
                : AddActivation(graph, shape.HiddenActivations[l], $"z{l}", $"h{l}");
        }

        AddOutputs(graph, model, current);
        return graph.ToModel("mlp", Info(model));
    }

    private static string AddScaling(OnnxGraph graph, LoadedModel model, string input)
    {
        if (model.Saved.Scaler is not { } scaler)
        {
            return input;
        }

        var offsets = ToFloat(model, scaler.Offsets, j => $"input.scaling.offsets[{j}]");
        var scales = ToFloat(model, scaler.Scales, j => $"input.scaling.scales[{j}]");
        CheckDivisors(model, scaler.Scales, scales);
        graph.AddInitializer("scaling_offsets", offsets, model.InputCount);
        graph.AddInitializer("scaling_scales", scales, model.InputCount);
        graph.AddNode("Sub", [input, "scaling_offsets"], "centered");
        graph.AddNode("Div", ["centered", "scaling_scales"], "scaled");
        return "scaled";
    }

    private static string AddActivation(OnnxGraph graph, Activation activation, string input, string output)
    {
        var opType = activation switch
        {
            Activation.Relu => "Relu",
            Activation.Tanh => "Tanh",
            Activation.Logistic => "Sigmoid",
            _ => "Identity",
        };
        graph.AddNode(opType, [input], output);
        return output;
    }

    private static void AddOutputs(OnnxGraph graph, LoadedModel model, string logits)
    {
        if (!model.IsClassifier)
        {
            graph.AddNode("Identity", [logits], "predictions");
            graph.AddOutput("predictions", DataTypeFloat, "N", (long)model.Shape.OutputCount);
            return;
        }

        if (model.Shape.Output == OutputActivation.Softmax)
        {
            graph.AddNode("Softmax", [logits], "probabilities", ("axis", 1));
        }
        else
        {
            graph.AddInitializer("one", [1f], 1);
            graph.AddNode("Sigmoid", [logits], "probability_1");
            graph.AddNode("Sub", ["one", "probability_1"], "probability_0");
            graph.AddNode("Concat", ["probability_0", "probability_1"], "probabilities", ("axis", 1));
        }

        graph.AddNode("ArgMax", ["probabilities"], "class_index", ("axis", 1), ("keepdims", 0));
        graph.AddOutput("probabilities", DataTypeFloat, "N", (long)model.Classes.Count);
        graph.AddOutput("class_index", DataTypeInt64, "N");
    }

    private static ModelInfo Info(LoadedModel model)
    {
        var version = typeof(OnnxExporter).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? "unknown";
        List<(string, string)> metadata =
        [
            ("feature_names", JsonSerializer.Serialize(model.Saved.FeatureNames, JsonText.SerializerOptions)),
            ("target_name", model.Saved.TargetName ?? string.Empty),
        ];
        if (model.IsClassifier)
        {
            metadata.Add(("classes", JsonSerializer.Serialize(model.Classes, JsonText.SerializerOptions)));
        }

        var description = model.IsClassifier
            ? $"Multilayer perceptron classifier of {model.Classes.Count} classes, exported by mlp."
            : "Multilayer perceptron regressor, exported by mlp.";
        return new ModelInfo(IrVersion, OpsetVersion, "mlp", version.Split('+')[0], description, metadata);
    }

    /// <summary>Rounds values to float32, rejecting any beyond its range of ±3.4028235E+38.</summary>
    private static float[] ToFloat(LoadedModel model, IReadOnlyList<double> values, Func<int, string> field)
    {
        var rounded = new float[values.Count];
        for (var i = 0; i < rounded.Length; i++)
        {
            rounded[i] = (float)values[i];
            if (float.IsInfinity(rounded[i]))
            {
                throw new InvalidDataException(
                    $"{model.Name}: {field(i)} is {values[i]:R}, beyond the range of float32 " +
                    $"(±{float.MaxValue:R}), and ONNX export writes float32 only. The model file " +
                    "may be damaged; train and save the model again.");
            }
        }

        return rounded;
    }

    /// <summary>
    /// Rejects a scale that float32 rounds to 0 or so close to 0 that 1 / scale overflows, since the
    /// graph divides by it in float32 and would give ±∞ where the model gives a number.
    /// </summary>
    private static void CheckDivisors(LoadedModel model, IReadOnlyList<double> scales, float[] rounded)
    {
        for (var j = 0; j < rounded.Length; j++)
        {
            if (!float.IsFinite(1f / rounded[j]))
            {
                throw new InvalidDataException(
                    $"{model.Name}: input.scaling.scales[{j}] is {scales[j]:R}, and the float32 graph " +
                    "that ONNX export writes would divide by it, which overflows float32 " +
                    $"(1 / {scales[j]:R} > {float.MaxValue:R}). The model file may be damaged; train " +
                    "and save the model again.");
            }
        }
    }
}
