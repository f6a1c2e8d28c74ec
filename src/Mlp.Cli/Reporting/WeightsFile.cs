using System.Text.Json;
using Mlp.Cli.Training;
using Mlp.IO;

namespace Mlp.Cli.Reporting;

/// <summary>Writes the final weights and biases of a run to a JSON file (<c>--dump-weights</c>).</summary>
internal static class WeightsFile
{
    /// <summary>
    /// Writes <c>layer_sizes</c>, <c>weights[l][unit][input]</c> (so z = W h + b; scikit-learn's
    /// <c>coefs_[l]</c> is its transpose) and <c>biases[l][unit]</c>, atomically.
    /// </summary>
    public static void Write(string path, TrainingSummary summary)
    {
        AtomicFile.Write(path, stream =>
        {
            using var json = new Utf8JsonWriter(stream, JsonText.WriterOptions);
            json.WriteStartObject();
            json.WriteStartArray("layer_sizes");
            foreach (var size in summary.LayerSizes)
            {
                json.WriteNumberValue(size);
            }

            json.WriteEndArray();
            json.WriteString(
                "layout",
                "weights[l][unit][input], z = W h + b; scikit-learn's coefs_[l] is the transpose");
            json.WriteStartArray("weights");
            foreach (var layer in summary.Weights)
            {
                json.WriteStartArray();
                foreach (var row in layer)
                {
                    WriteRow(json, row);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("biases");
            foreach (var layer in summary.Biases)
            {
                WriteRow(json, layer);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteRow(Utf8JsonWriter json, double[] values)
    {
        json.WriteStartArray();
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }
}
