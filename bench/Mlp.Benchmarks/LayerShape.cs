namespace Mlp.Benchmarks;

/// <summary>The sizes of one dense layer's products: batch × inputs × units.</summary>
public sealed record LayerShape(int Batch, int Inputs, int Units)
{
    /// <summary>Floating-point operations of one product: a multiply and an add per term.</summary>
    public double Flops => 2.0 * Batch * Inputs * Units;

    /// <summary>Returns the shape as batch x inputs x units, the form the result tables show.</summary>
    public override string ToString() => $"{Batch}x{Inputs}x{Units}";
}
