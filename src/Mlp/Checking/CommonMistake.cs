namespace Mlp.Checking;

/// <summary>A mistake that students often make when they work out a backprop step by hand.</summary>
public enum CommonMistake
{
    /// <summary>
    /// g′ taken of z with the formula meant for h: 1 − z² in place of 1 − h² for tanh, z (1 − z)
    /// in place of h (1 − h) for the logistic function.
    /// </summary>
    DerivativeOfPreActivation,

    /// <summary>
    /// g′ applied to h as if h were z: 1 − tanh(h)² in place of 1 − h², σ(h) (1 − σ(h)) in place
    /// of h (1 − h).
    /// </summary>
    DerivativeOfActivation,

    /// <summary>
    /// A weight matrix used or written transposed: Wᵀ h in place of W h where W is square, or a
    /// weight matrix or gradient written as [inputs, outputs].
    /// </summary>
    TransposedWeights,

    /// <summary>The mean of the examples' gradients where the step calls for their sum.</summary>
    MeanInsteadOfSum,

    /// <summary>The sum of the examples' gradients where the step calls for their mean.</summary>
    SumInsteadOfMean,

    /// <summary>z = W h without the bias b.</summary>
    ForgottenBias,

    /// <summary>The update θ + η ∇L in place of θ − η ∇L.</summary>
    UpdateAdded,
}
