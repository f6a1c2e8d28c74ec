using Mlp.Networks;
using Mlp.Preprocessing;
using Mlp.Training;

namespace Mlp.Models;

/// <summary>The checked contents of a model file, with every value widened to double.</summary>
internal sealed record ModelDocument
{
    /// <summary>Path of the file, for messages.</summary>
    public required string Path { get; init; }

    /// <summary><c>float32</c> or <c>float64</c>.</summary>
    public required string Dtype { get; init; }

    public required bool IsClassifier { get; init; }

    public required NetworkShape Shape { get; init; }

    /// <summary>Weights of each layer, row-major [units, inputs].</summary>
    public required IReadOnlyList<double[]> Weights { get; init; }

    /// <summary>Biases of each layer, [units].</summary>
    public required IReadOnlyList<double[]> Biases { get; init; }

    /// <summary>Class labels in class-index order; null for a regressor.</summary>
    public required IReadOnlyList<string>? Classes { get; init; }

    public required IReadOnlyList<string> FeatureNames { get; init; }

    public required string? TargetName { get; init; }

    public required FeatureScaler? Scaler { get; init; }

    public required TrainingOptions Options { get; init; }

    public required TrainingHistory History { get; init; }

    public required IReadOnlyDictionary<string, double> Metrics { get; init; }
}
