using Mlp.Preprocessing;

namespace Mlp.Models;

/// <summary>
/// What a model file holds besides the estimator: the input scaling and the metrics measured
/// when it was saved. <see cref="SavedModel{T}"/> adds the estimator in its precision.
/// </summary>
public abstract class SavedModel
{
    private protected SavedModel()
    {
    }

    /// <summary>Scaling to apply to raw features before the estimator sees them; null for none.</summary>
    public FeatureScaler? Scaler { get; init; }

    /// <summary>
    /// Scores recorded with the model, such as <c>train_accuracy</c> and <c>test_accuracy</c>, or
    /// <c>train_r2</c> and <c>test_r2</c>; empty when none were recorded.
    /// </summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } =
        new Dictionary<string, double>();

    /// <summary>Precision of the weights and arithmetic: <c>float32</c> or <c>float64</c>.</summary>
    public abstract string Dtype { get; }

    /// <summary>Whether the estimator is a classifier rather than a regressor.</summary>
    public abstract bool IsClassifier { get; }

    /// <summary>Names of the raw features the model takes, in order.</summary>
    public abstract IReadOnlyList<string> FeatureNames { get; }

    /// <summary>Column name of the target at training time; null when fitted on a matrix.</summary>
    public abstract string? TargetName { get; }
}
