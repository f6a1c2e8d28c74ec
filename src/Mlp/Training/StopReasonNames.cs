namespace Mlp.Training;

/// <summary>Converts stop reasons to the snake-case names used in JSON output.</summary>
public static class StopReasonNames
{
    /// <summary>Returns the snake-case name, for example <c>no_improvement</c>.</summary>
    public static string ToName(this StopReason reason) => reason switch
    {
        StopReason.MaxIterations => "max_iter",
        StopReason.NoImprovement => "no_improvement",
        StopReason.LearningRateTooSmall => "learning_rate_too_small",
        StopReason.Diverged => "diverged",
        StopReason.Cancelled => "cancelled",
        StopReason.SingleEpoch => "single_epoch",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
