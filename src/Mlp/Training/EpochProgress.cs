namespace Mlp.Training;

/// <summary>Progress report after one epoch.</summary>
/// <param name="Epoch">Epochs run so far in this fit, from 1.</param>
/// <param name="MaxEpochs">Maximum number of epochs of this fit.</param>
/// <param name="Loss">Training loss of the epoch, L2 term included.</param>
/// <param name="ValidationScore">Validation score of the epoch with early stopping, else null.</param>
/// <param name="LearningRate">Learning rate after the epoch's schedule update.</param>
public sealed record EpochProgress(int Epoch, int MaxEpochs, double Loss, double? ValidationScore, double LearningRate);
