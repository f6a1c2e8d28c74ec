namespace Mlp.Activations;

/// <summary>Activation function of the output layer: ŷ = g(z[L]).</summary>
public enum OutputActivation
{
    /// <summary>ŷ = z, for regression with squared error.</summary>
    Identity,

    /// <summary>ŷ = σ(z) per unit, for binary or multi-label targets.</summary>
    Logistic,

    /// <summary>p_k = e^(z_k) / Σ_j e^(z_j) over the units of one example, for one-of-k targets.</summary>
    Softmax,
}
