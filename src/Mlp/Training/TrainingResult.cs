namespace Mlp.Training;

/// <summary>The outcome of one call to <c>Fit</c> or <c>PartialFit</c>.</summary>
/// <param name="StopReason">Why training stopped.</param>
/// <param name="EpochsRun">Epochs run by this call.</param>
/// <param name="IterationCount">Epochs run since the weights were initialised (scikit-learn's <c>n_iter_</c>).</param>
/// <param name="SamplesSeen">Examples seen since the weights were initialised (scikit-learn's <c>t_</c>).</param>
/// <param name="LossCurve">
/// Training loss after every epoch since the weights were initialised, L2 term included.
/// </param>
/// <param name="ValidationScores">Validation score after every epoch with early stopping, else null.</param>
/// <param name="BestLoss">Lowest training loss without early stopping, else null.</param>
/// <param name="BestValidationScore">Highest validation score with early stopping, else null.</param>
/// <param name="LearningRate">Learning rate the optimizer ended with.</param>
public sealed record TrainingResult(
    StopReason StopReason,
    int EpochsRun,
    int IterationCount,
    long SamplesSeen,
    IReadOnlyList<double> LossCurve,
    IReadOnlyList<double>? ValidationScores,
    double? BestLoss,
    double? BestValidationScore,
    double LearningRate);
