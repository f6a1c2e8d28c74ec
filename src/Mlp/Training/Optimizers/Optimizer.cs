using System.Numerics;

namespace Mlp.Training.Optimizers;

/// <summary>
/// Turns a gradient into an update of every parameter, over the flat parameter vector of
/// <see cref="Networks.ParameterSet{T}"/>.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public abstract class Optimizer<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates an optimizer that starts at the learning rate η₀.</summary>
    protected Optimizer(double learningRateInit)
    {
        LearningRateInit = learningRateInit;
        LearningRate = learningRateInit;
    }

    /// <summary>Initial learning rate η₀.</summary>
    public double LearningRateInit { get; }

    /// <summary>Learning rate of the next step.</summary>
    public double LearningRate { get; protected set; }

    /// <summary>Applies one step: θ ← θ + update(gradient).</summary>
    /// <exception cref="ArgumentException">The spans differ in length from the optimizer's state.</exception>
    public abstract void Update(Span<T> parameters, ReadOnlySpan<T> gradients);

    /// <summary>Updates the learning rate at the end of an epoch.</summary>
    /// <param name="samplesSeen">Examples seen since training began, scikit-learn's <c>t_</c>.</param>
    public virtual void EndEpoch(long samplesSeen)
    {
    }

    /// <summary>
    /// Called when the stopping rule fires; returns true to stop, or false after lowering the
    /// learning rate to go on.
    /// </summary>
    public virtual bool ShouldStop() => true;
}
