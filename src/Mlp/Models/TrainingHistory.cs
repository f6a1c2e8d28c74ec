using Mlp.Training;

namespace Mlp.Models;

/// <summary>
/// The training state a model file stores so that a warm start continues where the fit ended:
/// scikit-learn's <c>n_iter_</c>, <c>t_</c>, <c>loss_curve_</c>, <c>best_loss_</c>,
/// <c>validation_scores_</c>, <c>best_validation_score_</c> and <c>_no_improvement_count</c>.
/// </summary>
internal sealed record TrainingHistory
{
    public required int IterationCount { get; init; }

    public required long SamplesSeen { get; init; }

    public required StopReason? StopReason { get; init; }

    public required IReadOnlyList<double> LossCurve { get; init; }

    /// <summary>Lowest loss without early stopping; null with early stopping or before any epoch.</summary>
    public required double? BestLoss { get; init; }

    /// <summary>Validation scores with early stopping; else null.</summary>
    public required IReadOnlyList<double>? ValidationScores { get; init; }

    /// <summary>Highest validation score with early stopping; else null.</summary>
    public required double? BestValidationScore { get; init; }

    public required int NoImprovementCount { get; init; }
}
