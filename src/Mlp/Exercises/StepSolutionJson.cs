using System.Text;
using System.Text.Json;
using Mlp.Activations;
using Mlp.Checking;
using Mlp.Losses;
using Mlp.Networks;

namespace Mlp.Exercises;

/// <summary>Writes a worked step as JSON, with every value at full precision.</summary>
/// <remarks>
/// The fields are named by <see cref="StepJsonFields"/>. Numbers are the shortest text that
/// parses back to the same double. JSON has no NaN or infinity, so a value that overflowed is
/// written as the string <c>"NaN"</c>, <c>"Infinity"</c> or <c>"-Infinity"</c>.
/// </remarks>
public static class StepSolutionJson
{
    private static readonly JsonWriterOptions IndentedOptions = new() { Indented = true };

    /// <summary>Returns the JSON text of a solution, indented, ending with a newline.</summary>
    /// <param name="solution">Step to write.</param>
    /// <param name="gradientCheck">Gradient check to add as <c>gradientCheck</c>, if any.</param>
    public static string ToJson(StepSolution solution, GradientCheckResult? gradientCheck = null)
    {
        ArgumentNullException.ThrowIfNull(solution);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, IndentedOptions))
        {
            Write(writer, solution, gradientCheck);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes a solution as one JSON object.</summary>
    /// <param name="writer">Writer positioned where a value may start.</param>
    /// <param name="solution">Step to write.</param>
    /// <param name="gradientCheck">Gradient check to add as <c>gradientCheck</c>, if any.</param>
    public static void Write(
        Utf8JsonWriter writer,
        StepSolution solution,
        GradientCheckResult? gradientCheck = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(solution);
        var problem = solution.Problem;
        writer.WriteStartObject();
        WriteNetwork(writer, problem);
        WriteParameters(writer, StepJsonFields.Initial, problem.Network.Parameters);
        WriteNumber(writer, StepJsonFields.Loss, solution.Loss);
        writer.WriteStartArray(StepJsonFields.Examples);
        foreach (var trace in solution.Examples)
        {
            WriteExample(writer, trace);
        }

        writer.WriteEndArray();
        WriteParameters(writer, StepJsonFields.Gradients, solution.Gradients);
        WriteParameters(writer, StepJsonFields.Updated, solution.Updated.Parameters);
        if (gradientCheck is not null)
        {
            GradientCheckJson.Write(writer, StepJsonFields.GradientCheck, gradientCheck);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a number, or its name as a string when it is NaN or infinite.</summary>
    internal static void WriteNumberValue(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, double value)
    {
        writer.WritePropertyName(name);
        WriteNumberValue(writer, value);
    }

    private static void WriteNetwork(Utf8JsonWriter writer, StepProblem problem)
    {
        var shape = problem.Network.Shape;
        writer.WriteStartObject(StepJsonFields.Network);
        writer.WriteStartArray(StepJsonFields.Layers);
        foreach (var size in shape.LayerSizes)
        {
            writer.WriteNumberValue(size);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(StepJsonFields.Activations);
        foreach (var activation in shape.HiddenActivations)
        {
            writer.WriteStringValue(activation.ToName());
        }

        writer.WriteEndArray();
        writer.WriteString(StepJsonFields.Output, shape.Output.ToName());
        writer.WriteString(StepJsonFields.Loss, problem.Loss.ToName());
        WriteNumber(writer, StepJsonFields.LearningRate, problem.LearningRate);
        writer.WriteString(StepJsonFields.Reduction, GradientReductionNames.ToName(problem.Reduction));
        writer.WriteEndObject();
    }

    private static void WriteExample(Utf8JsonWriter writer, ExampleTrace trace)
    {
        writer.WriteStartObject();
        WriteVector(writer, StepJsonFields.Inputs, [.. trace.Example.Inputs]);
        WriteVector(writer, StepJsonFields.Targets, [.. trace.Example.Targets]);
        WriteNumber(writer, StepJsonFields.Loss, trace.Loss);
        WriteVectors(writer, StepJsonFields.PreActivations, trace.PreActivations);
        WriteVectors(writer, StepJsonFields.Activations, trace.Activations);
        WriteVectors(writer, StepJsonFields.Deltas, trace.Deltas);
        WriteVectors(writer, StepJsonFields.ActivationGradients, trace.ActivationGradients);
        WriteVectors(writer, StepJsonFields.ActivationDerivatives, trace.ActivationDerivatives);
        WriteParameters(writer, StepJsonFields.Gradients, trace.Gradients);
        writer.WriteEndObject();
    }

    private static void WriteParameters(Utf8JsonWriter writer, string name, ParameterSet<double> parameters)
    {
        writer.WriteStartObject(name);
        writer.WriteStartArray(StepJsonFields.Weights);
        foreach (var weights in parameters.Weights)
        {
            writer.WriteStartArray();
            for (var row = 0; row < weights.Rows; row++)
            {
                WriteVectorValue(writer, weights.Row(row));
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(StepJsonFields.Biases);
        foreach (var biases in parameters.Biases)
        {
            WriteVectorValue(writer, biases.Span);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteVectors(Utf8JsonWriter writer, string name, IReadOnlyList<double[]> vectors)
    {
        writer.WriteStartArray(name);
        foreach (var vector in vectors)
        {
            WriteVectorValue(writer, vector);
        }

        writer.WriteEndArray();
    }

    private static void WriteVector(Utf8JsonWriter writer, string name, ReadOnlySpan<double> values)
    {
        writer.WritePropertyName(name);
        WriteVectorValue(writer, values);
    }

    private static void WriteVectorValue(Utf8JsonWriter writer, ReadOnlySpan<double> values)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            WriteNumberValue(writer, value);
        }

        writer.WriteEndArray();
    }
}
