using Mlp.Cli.Models;
using Mlp.Data;
using Mlp.Preprocessing;
using Mlp.Training;

namespace Mlp.Cli.Training;

/// <summary>
/// What <c>mlp train</c> trains: options, precision and task, the scaled rows, and the model a warm
/// start continues.
/// </summary>
internal sealed record TrainingSetup
{
    public required TrainingOptions Options { get; init; }

    public required Precision Precision { get; init; }

    public required TrainingTask Task { get; init; }

    /// <summary>Training rows after scaling.</summary>
    public required Dataset Train { get; init; }

    /// <summary>Test rows after scaling.</summary>
    public required Dataset Test { get; init; }

    /// <summary>Test rows as read, for drawing images.</summary>
    public required Dataset RawTest { get; init; }

    public required FeatureScaler? Scaler { get; init; }

    /// <summary>
    /// The saved model to continue, loaded with <see cref="Options"/>; null to start afresh.
    /// </summary>
    public required LoadedModel? WarmStart { get; init; }
}
