namespace Mlp.LinearAlgebra;

/// <summary>The widest registers a kernel uses, in increasing width.</summary>
internal enum KernelPath
{
    /// <summary>One value at a time; the only path for types other than float and double.</summary>
    Scalar,

    /// <summary>128-bit vectors with fused multiply-add.</summary>
    Vector128,

    /// <summary>256-bit vectors with fused multiply-add.</summary>
    Vector256,

    /// <summary>512-bit vectors.</summary>
    Vector512,
}
