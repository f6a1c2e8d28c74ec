namespace Mlp.Checking;

/// <summary>How a quantity of a step is written in JSON.</summary>
public enum QuantityKind
{
    /// <summary>One number, such as a loss.</summary>
    Scalar,

    /// <summary>A list of numbers, such as h[l] or b[l].</summary>
    Vector,

    /// <summary>A list of rows, such as W[l] or dL/dW[l].</summary>
    Matrix,
}
