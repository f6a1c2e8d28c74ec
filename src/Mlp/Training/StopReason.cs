namespace Mlp.Training;

/// <summary>Why training stopped.</summary>
public enum StopReason
{
    /// <summary>The maximum number of epochs ran.</summary>
    MaxIterations,

    /// <summary>
    /// The training loss (or, with early stopping, the validation score) did not improve by the
    /// tolerance for more than the allowed number of epochs.
    /// </summary>
    NoImprovement,

    /// <summary>The adaptive schedule lowered the learning rate to 10⁻⁶ or below.</summary>
    LearningRateTooSmall,

    /// <summary>The loss or a parameter became NaN or infinite.</summary>
    Diverged,

    /// <summary>The caller cancelled training.</summary>
    Cancelled,

    /// <summary>One epoch of an incremental fit ran.</summary>
    SingleEpoch,
}
