using System.Text.Json;
using Mlp.Cli.Training;
using Mlp.Models;
using Mlp.Training;

namespace Mlp.Cli.Reporting;

/// <summary>
/// Writes a training run as JSON with scikit-learn's attribute names (<c>n_iter</c>,
/// <c>loss_curve</c>, <c>best_loss</c>, <c>validation_scores</c>, <c>t</c>) and the scores.
/// </summary>
internal static class TrainingSummaryJson
{
    /// <summary>Writes one run as a JSON object.</summary>
    public static void Write(Utf8JsonWriter json, TrainingSummary summary)
    {
        var result = summary.Result;
        json.WriteStartObject();
        json.WriteString("task", summary.Task == TrainingTask.Classification ? "classification" : "regression");
        json.WriteString("dtype", summary.Precision == Precision.Float32 ? "float32" : "float64");
        json.WriteNumber("train_rows", summary.TrainRows);
        json.WriteNumber("test_rows", summary.TestRows);
        json.WriteNumber("n_features", summary.FeatureCount);
        TrainingOptionsJson.Write(json, summary.Options);
        json.WriteNumber("n_iter", result.IterationCount);
        json.WriteNumber("t", result.SamplesSeen);
        json.WriteString("stop_reason", result.StopReason.ToName());
        WriteNumbers(json, "loss_curve", result.LossCurve);
        json.WriteNumber("final_loss", result.LossCurve[^1]);
        WriteNullableNumber(json, "best_loss", result.BestLoss);
        if (result.ValidationScores is null)
        {
            json.WriteNull("validation_scores");
        }
        else
        {
            WriteNumbers(json, "validation_scores", result.ValidationScores);
        }

        WriteNullableNumber(json, "best_validation_score", result.BestValidationScore);
        json.WriteNumber("learning_rate", result.LearningRate);
        json.WriteString("score", summary.ScoreName);
        json.WriteNumber("train_score", summary.TrainScore);
        WriteNullableNumber(json, "test_score", summary.TestScore);
        json.WriteNumber("fit_seconds", summary.FitSeconds);
        if (summary.Classes is null)
        {
            json.WriteNull("classes");
        }
        else
        {
            json.WriteStartArray("classes");
            foreach (var label in summary.Classes)
            {
                json.WriteStringValue(label);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteNumbers(Utf8JsonWriter json, string name, IEnumerable<double> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            WriteNumberValue(json, value);
        }

        json.WriteEndArray();
    }

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, double? value)
    {
        json.WritePropertyName(name);
        if (value is { } number)
        {
            WriteNumberValue(json, number);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    /// <summary>Writes a number, or NaN and infinities as strings, which JSON numbers cannot hold.</summary>
    private static void WriteNumberValue(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteStringValue(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
