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
                $"Expected {firstMoments.Length} parameters and gradients, " +
                $"got {parameters.Length} and {gradients.Length}.",
                nameof(parameters));
        }

        TimeStep++;
        LearningRate = LearningRateInit * Math.Sqrt(1 - Math.Pow(beta2, TimeStep)) / (1 - Math.Pow(beta1, TimeStep));
        var coefficients = new Coefficients(
            T.CreateChecked(beta1),
            T.CreateChecked(1 - beta1),
            T.CreateChecked(beta2),
            T.CreateChecked(1 - beta2),
            T.CreateChecked(-LearningRate),
            T.CreateChecked(epsilon));
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            i = UpdateVectors(parameters, gradients, coefficients);
        }

        for (; i < parameters.Length; i++)
        {
            var g = gradients[i];
            var m = (coefficients.Beta1 * firstMoments[i]) + (coefficients.OneMinusBeta1 * g);
            var v = (coefficients.Beta2 * secondMoments[i]) + (coefficients.OneMinusBeta2 * (g * g));
            firstMoments[i] = m;
            secondMoments[i] = v;
            parameters[i] += coefficients.NegativeRate * m / (T.Sqrt(v) + coefficients.Epsilon);
        }
    }

    /// <summary>
    /// Updates whole vectors with the same operations, in the same order, as the scalar loop,
    /// and returns how many elements it covered.
    /// </summary>
    private int UpdateVectors(Span<T> parameters, ReadOnlySpan<T> gradients, Coefficients c)
    {
        var beta1 = new Vector<T>(c.Beta1);
        var oneMinusBeta1 = new Vector<T>(c.OneMinusBeta1);
        var beta2 = new Vector<T>(c.Beta2);
        var oneMinusBeta2 = new Vector<T>(c.OneMinusBeta2);
        var negativeRate = new Vector<T>(c.NegativeRate);
        var epsilon = new Vector<T>(c.Epsilon);
        var width = Vector<T>.Count;
        var i = 0;
        for (; i <= parameters.Length - width; i += width)
        {
            var g = new Vector<T>(gradients[i..]);
            var m = (beta1 * new Vector<T>(firstMoments, i)) + (oneMinusBeta1 * g);
            var v = (beta2 * new Vector<T>(secondMoments, i)) + (oneMinusBeta2 * (g * g));
            m.CopyTo(firstMoments, i);
            v.CopyTo(secondMoments, i);
            var step = negativeRate * m / (Vector.SquareRoot(v) + epsilon);
            (new Vector<T>(parameters[i..]) + step).CopyTo(parameters[i..]);
        }

        return i;
    }

    private readonly record struct Coefficients(
        T Beta1,
        T OneMinusBeta1,
        T Beta2,
        T OneMinusBeta2,
        T NegativeRate,
        T Epsilon);
}
