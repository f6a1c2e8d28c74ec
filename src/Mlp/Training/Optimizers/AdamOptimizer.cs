using System.Numerics;

namespace Mlp.Training.Optimizers;

/// <summary>Adam with bias correction folded into the step size, as scikit-learn's Adam solver.</summary>
/// <remarks>
/// Kingma and Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015. At step t:
/// m ← β₁ m + (1 − β₁) g, v ← β₂ v + (1 − β₂) g², η_t = η₀ √(1 − β₂ᵗ) / (1 − β₁ᵗ) and
/// θ ← θ − η_t m / (√v + ε). As in scikit-learn, ε is added to the uncorrected √v.
/// </remarks>
/// <typeparam name="T">float or double.</typeparam>
public sealed class AdamOptimizer<T> : Optimizer<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly T[] firstMoments;
    private readonly T[] secondMoments;
    private readonly double beta1;
    private readonly double beta2;
    private readonly double epsilon;

    /// <summary>Creates an optimizer for <paramref name="parameterCount"/> parameters.</summary>
    public AdamOptimizer(int parameterCount, double learningRateInit, double beta1, double beta2, double epsilon)
        : base(learningRateInit)
    {
        firstMoments = new T[parameterCount];
        secondMoments = new T[parameterCount];
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /// <summary>First moments m of every parameter.</summary>
    public ReadOnlySpan<T> FirstMoments => firstMoments;

    /// <summary>Second moments v of every parameter.</summary>
    public ReadOnlySpan<T> SecondMoments => secondMoments;

    /// <summary>Steps taken, t.</summary>
    public long TimeStep { get; private set; }

    /// <inheritdoc/>
    public override void Update(Span<T> parameters, ReadOnlySpan<T> gradients)
    {
        if (parameters.Length != firstMoments.Length || gradients.Length != firstMoments.Length)
        {
            throw new ArgumentException(
                $"Expected {firstMoments.Length} parameters and gradients, got {parameters.Length} and {gradients.Length}.",
                nameof(parameters));
        }

        TimeStep++;
        LearningRate = LearningRateInit * Math.Sqrt(1 - Math.Pow(beta2, TimeStep)) / (1 - Math.Pow(beta1, TimeStep));
        var b1 = T.CreateChecked(beta1);
        var oneMinusB1 = T.CreateChecked(1 - beta1);
        var b2 = T.CreateChecked(beta2);
        var oneMinusB2 = T.CreateChecked(1 - beta2);
        var negativeRate = T.CreateChecked(-LearningRate);
        var eps = T.CreateChecked(epsilon);
        for (var i = 0; i < parameters.Length; i++)
        {
            var g = gradients[i];
            var m = (b1 * firstMoments[i]) + (oneMinusB1 * g);
            var v = (b2 * secondMoments[i]) + (oneMinusB2 * (g * g));
            firstMoments[i] = m;
            secondMoments[i] = v;
            parameters[i] += negativeRate * m / (T.Sqrt(v) + eps);
        }
    }
}
