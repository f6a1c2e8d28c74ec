namespace Mlp.Activations;

/// <summary>Activation function g of a hidden layer, applied element-wise: h = g(z).</summary>
public enum Activation
{
    /// <summary>g(z) = z.</summary>
    Identity,

    /// <summary>σ(z) = 1 / (1 + e^−z).</summary>
    Logistic,

    /// <summary>tanh(z) = (e^z − e^−z) / (e^z + e^−z).</summary>
    Tanh,

    /// <summary>relu(z) = max(z, 0).</summary>
    Relu,
}
