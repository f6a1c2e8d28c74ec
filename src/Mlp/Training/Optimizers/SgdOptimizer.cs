using System.Numerics;
using System.Numerics.Tensors;

namespace Mlp.Training.Optimizers;

/// <summary>Stochastic gradient descent with momentum, as scikit-learn's SGD solver.</summary>
/// <remarks>
/// Each step computes v ← μ v − η g and adds v to the parameters; with Nesterov's momentum it adds
/// μ v − η g with the new v instead (Sutskever et al., "On the importance of initialization and
/// momentum in deep learning", ICML 2013). With μ = 0 this is plain θ ← θ − η g. The operations
/// run in the order scikit-learn 1.2 runs them, so results agree to rounding.
/// </remarks>
/// <typeparam name="T">float or double.</typeparam>
public sealed class SgdOptimizer<T> : Optimizer<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Learning rate at or below which the adaptive schedule stops training.</summary>
    public const double MinimumAdaptiveLearningRate = 1e-6;

    private readonly T[] velocities;
    private readonly T[] nesterovUpdates;
    private readonly LearningRateSchedule schedule;
    private readonly double momentum;
    private readonly bool nesterov;
    private readonly double powerT;

    /// <summary>Creates an optimizer for <paramref name="parameterCount"/> parameters.</summary>
    public SgdOptimizer(
        int parameterCount,
        double learningRateInit,
        LearningRateSchedule schedule,
        double momentum,
        bool nesterov,
        double powerT)
        : base(learningRateInit)
    {
        velocities = new T[parameterCount];
        nesterovUpdates = nesterov ? new T[parameterCount] : [];
        this.schedule = schedule;
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.powerT = powerT;
    }

    /// <summary>
    /// Whether each step is plain θ ← θ − η g, which is the case whenever the momentum is 0:
    /// then v and Nesterov's μ v − η g are both −η g, with or without Nesterov.
    /// </summary>
    public bool IsPlain => momentum == 0;

    /// <summary>Velocity v of every parameter.</summary>
    public ReadOnlySpan<T> Velocities => velocities;

    /// <inheritdoc/>
    public override void Update(Span<T> parameters, ReadOnlySpan<T> gradients)
    {
        if (parameters.Length != velocities.Length || gradients.Length != velocities.Length)
        {
            throw new ArgumentException(
                $"Expected {velocities.Length} parameters and gradients, " +
                $"got {parameters.Length} and {gradients.Length}.",
                nameof(parameters));
        }

        var mu = T.CreateChecked(momentum);
        var eta = T.CreateChecked(LearningRate);
        if (IsPlain)
        {
            // μ v − η g = −η g exactly when μ = 0, so θ − η g gives the same bits.
            TensorPrimitives.MultiplyAdd(gradients, -eta, parameters, parameters);
            return;
        }

        // v ← μ v − η g, as (μ v) + (g (−η)): each product and the sum rounded once, no fused
        // multiply-add, so the bits equal scikit-learn's order of operations.
        TensorPrimitives.Multiply(velocities, mu, velocities);
        TensorPrimitives.MultiplyAdd(gradients, -eta, velocities, velocities);
        if (!nesterov)
        {
            TensorPrimitives.Add(parameters, velocities, parameters);
            return;
        }

        TensorPrimitives.Multiply(velocities, mu, nesterovUpdates);
        TensorPrimitives.MultiplyAdd(gradients, -eta, nesterovUpdates, nesterovUpdates);
        TensorPrimitives.Add(parameters, nesterovUpdates, parameters);
    }

    /// <inheritdoc/>
    public override void EndEpoch(long samplesSeen)
    {
        if (schedule == LearningRateSchedule.InvScaling)
        {
            LearningRate = LearningRateInit / Math.Pow(samplesSeen + 1, powerT);
        }
    }

    /// <inheritdoc/>
    public override bool ShouldStop()
    {
        if (schedule != LearningRateSchedule.Adaptive || LearningRate <= MinimumAdaptiveLearningRate)
        {
            return true;
        }

        LearningRate /= 5.0;
        return false;
    }
}
