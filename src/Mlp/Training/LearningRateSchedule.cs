namespace Mlp.Training;

/// <summary>How SGD changes its learning rate, as scikit-learn's <c>learning_rate</c> option.</summary>
public enum LearningRateSchedule
{
    /// <summary>η stays at the initial rate.</summary>
    Constant,

    /// <summary>η = η₀ / (t + 1)^power_t after each epoch, with t the samples seen so far.</summary>
    InvScaling,

    /// <summary>
    /// η stays at η₀ while training improves; each time the stopping rule fires η is divided by
    /// 5, and training stops once η ≤ 10⁻⁶.
    /// </summary>
    Adaptive,
}
