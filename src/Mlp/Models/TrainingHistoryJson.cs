using Mlp.Training;

namespace Mlp.Models;

/// <summary>Reads and checks the <c>training</c> object of a model file.</summary>
internal static class TrainingHistoryJson
{
    /// <exception cref="InvalidDataException">A field is missing, of the wrong type or inconsistent.</exception>
    public static (TrainingOptions Options, TrainingHistory History) Read(JsonField training)
    {
        var options = TrainingOptionsJson.Read(training.Property("params"));
        var iterations = training.Property("n_iter").Int32(0);
        var epochs = $"n_iter {iterations} (one per epoch)";
        var lossCurve = NetworkJson.ReadVector(training.Property("loss_curve"), iterations, epochs);
        var scoresField = training.Property("validation_scores");
        if (scoresField.IsNull == options.EarlyStopping)
        {
            throw scoresField.Error(options.EarlyStopping
                ? "is null, but params.early_stopping is true, which records a score per epoch"
                : "holds scores, but params.early_stopping is false, which records none");
        }

        var history = new TrainingHistory
        {
            IterationCount = iterations,
            SamplesSeen = training.Property("t").Integer(0),
            StopReason = ReadStopReason(training.Property("stop_reason")),
            LossCurve = lossCurve,
            BestLoss = training.Property("best_loss").NullableNumber(),
            ValidationScores = scoresField.IsNull ? null : NetworkJson.ReadVector(scoresField, iterations, epochs),
            BestValidationScore = training.Property("best_validation_score").NullableNumber(),
            NoImprovementCount = training.Property("no_improvement_count").Int32(0),
        };
        return (options, history);
    }

    private static StopReason? ReadStopReason(JsonField field)
    {
        if (field.IsNull)
        {
            return null;
        }

        var name = field.String();
        foreach (var reason in Enum.GetValues<StopReason>())
        {
            if (reason.ToName() == name)
            {
                return reason;
            }
        }

        var known = string.Join(", ", Enum.GetValues<StopReason>().Select(reason => reason.ToName()));
        throw field.Error($"is \"{name}\", which is unknown; expected null or one of {known}");
    }
}
