namespace Mlp.LinearAlgebra;

/// <summary>
/// Operations on one register of <typeparamref name="T"/> lanes, so that a matrix kernel written
/// once runs on 512-bit, 256-bit and 128-bit vectors or on single values.
/// </summary>
/// <remarks>
/// Implementations are structs and kernels take them as type arguments, so the JIT compiles one
/// specialised copy per width with every call inlined. Only float and double are supported by the
/// vector implementations; <see cref="ScalarOps{T}"/> accepts any IEEE 754 type.
/// </remarks>
/// <typeparam name="TVector">The register type, such as Vector512&lt;float&gt;.</typeparam>
/// <typeparam name="T">The lane type.</typeparam>
internal unsafe interface IVectorOps<TVector, T>
    where TVector : struct
    where T : unmanaged
{
    /// <summary>Number of lanes.</summary>
    static abstract int Count { get; }

    /// <summary>A register of zeros.</summary>
    static abstract TVector Zero { get; }

    /// <summary>Loads <see cref="Count"/> consecutive values.</summary>
    static abstract TVector Load(T* source);

    /// <summary>Stores <see cref="Count"/> consecutive values.</summary>
    static abstract void Store(T* destination, TVector value);

    /// <summary>Copies one value into every lane.</summary>
    static abstract TVector Broadcast(T value);

    /// <summary>Computes a × b + addend in every lane with a single rounding.</summary>
    static abstract TVector MultiplyAdd(TVector a, TVector b, TVector addend);

    /// <summary>
    /// Adds the lanes by halving: lane i gains lane i + n/2, then lane i + n/4, and so on until
    /// lane 0 contains the sum. Every width uses this order, so a narrower register is a level of
    /// the same tree.
    /// </summary>
    static abstract T Sum(TVector value);

    /// <summary>
    /// Returns the <see cref="Sum"/> of four registers, bit for bit, sharing shuffles between
    /// them where the width allows.
    /// </summary>
    static abstract (T A, T B, T C, T D) Sum4(TVector a, TVector b, TVector c, TVector d);
}
