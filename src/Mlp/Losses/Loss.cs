namespace Mlp.Losses;

/// <summary>Loss of one example, L(ŷ, y).</summary>
public enum Loss
{
    /// <summary>L = ½ Σ_k (ŷ_k − y_k)².</summary>
    SquaredError,

    /// <summary>
    /// L = −Σ_k y_k log p_k for a softmax output, and the binary form
    /// L = −Σ_k [y_k log ŷ_k + (1 − y_k) log(1 − ŷ_k)] for a logistic output.
    /// </summary>
    CrossEntropy,
}
