using Mlp.Training;

namespace Mlp.Cli.Training;

/// <summary>What one training run reports: its setup, the fit's result, scores and time.</summary>
internal sealed record TrainingSummary
{
    public required string Name { get; init; }

    public required TrainingTask Task { get; init; }

    public required Precision Precision { get; init; }

    public required TrainingOptions Options { get; init; }

    public required TrainingResult Result { get; init; }

    public required IReadOnlyList<string>? Classes { get; init; }

    public required int TrainRows { get; init; }

    public required int TestRows { get; init; }

    public required int FeatureCount { get; init; }

    public required double TrainScore { get; init; }

    public required double? TestScore { get; init; }

    public required double FitSeconds { get; init; }

    /// <summary>Weights of each layer as [units][inputs], converted to double.</summary>
    public required IReadOnlyList<double[][]> Weights { get; init; }

    /// <summary>Biases of each layer, converted to double.</summary>
    public required IReadOnlyList<double[]> Biases { get; init; }

    public required IReadOnlyList<int> LayerSizes { get; init; }

    /// <summary>The trained model with its scaling and metrics, ready to save or draw.</summary>
    public Models.LoadedModel? Model { get; init; }

    /// <summary>Name of the score: accuracy or R².</summary>
    public string ScoreName => Task == TrainingTask.Classification ? "accuracy" : "R²";
}
