using System.Text.Json;
using Mlp.Exercises;

namespace Mlp.Checking;

/// <summary>Writes a gradient check as a JSON object.</summary>
internal static class GradientCheckJson
{
    /// <summary>Writes <paramref name="result"/> as the property <paramref name="name"/>.</summary>
    public static void Write(Utf8JsonWriter writer, string name, GradientCheckResult result)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("step", result.Step);
        writer.WriteNumber("tolerance", result.Tolerance);
        writer.WritePropertyName("maxRelativeError");
        StepSolutionJson.WriteNumberValue(writer, result.MaxRelativeError);
        writer.WriteBoolean("allAgree", result.AllAgree);
        writer.WriteStartArray("entries");
        foreach (var entry in result.Entries)
        {
            writer.WriteStartObject();
            writer.WriteNumber("layer", entry.Layer);
            writer.WriteString("kind", entry.Kind == ParameterKind.Weight ? "weight" : "bias");
            writer.WriteNumber("row", entry.Row);
            writer.WriteNumber("column", entry.Column);
            writer.WritePropertyName("backprop");
            StepSolutionJson.WriteNumberValue(writer, entry.Backprop);
            writer.WritePropertyName("numeric");
            StepSolutionJson.WriteNumberValue(writer, entry.Numeric);
            writer.WritePropertyName("relativeError");
            StepSolutionJson.WriteNumberValue(writer, entry.RelativeError);
            writer.WriteBoolean("agrees", entry.Agrees);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
