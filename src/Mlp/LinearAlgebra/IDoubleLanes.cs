namespace Mlp.LinearAlgebra;

/// <summary>
/// Double-precision operations on one register, so that the functions of
/// <see cref="VectorMath"/> are written once for 512-bit, 256-bit and 128-bit vectors.
/// </summary>
/// <remarks>
/// Every operation works lane by lane and is correctly rounded, so a function built from them
/// gives the same bits at every width. Masks are registers whose lanes have all bits set where a
/// comparison holds.
/// </remarks>
/// <typeparam name="TVector">A vector of double.</typeparam>
internal unsafe interface IDoubleLanes<TVector>
    where TVector : struct
{
    /// <summary>Number of lanes.</summary>
    static abstract int Count { get; }

    static abstract TVector Create(double value);

    static abstract TVector Load(double* source);

    static abstract void Store(double* destination, TVector value);

    /// <summary>Loads <see cref="Count"/> floats and widens them to double.</summary>
    static abstract TVector LoadWidened(float* source);

    /// <summary>Rounds a register to float and stores the <see cref="Count"/> floats.</summary>
    static abstract void StoreNarrowed(float* destination, TVector value);

    static abstract TVector Add(TVector a, TVector b);

    static abstract TVector Subtract(TVector a, TVector b);

    static abstract TVector Multiply(TVector a, TVector b);

    static abstract TVector Divide(TVector a, TVector b);

    /// <summary>Computes a × b + addend with a single rounding.</summary>
    static abstract TVector MultiplyAdd(TVector a, TVector b, TVector addend);

    static abstract TVector Abs(TVector value);

    /// <summary>Rounds to the nearest integer, ties to even.</summary>
    static abstract TVector Round(TVector value);

    /// <summary>Clamps each lane to [min, max]; NaN lanes may come out as either bound.</summary>
    static abstract TVector ClampNative(TVector value, TVector min, TVector max);

    static abstract TVector LessThan(TVector a, TVector b);

    static abstract TVector IsNaN(TVector value);

    /// <summary>
    /// Takes the lanes of <paramref name="whereSet"/> where the mask bits are set, else those of
    /// <paramref name="otherwise"/>.
    /// </summary>
    static abstract TVector Select(TVector mask, TVector whereSet, TVector otherwise);

    /// <summary>
    /// Multiplies by 2^k for integer-valued k in [−1076, 1025], in two exact steps of at most
    /// 2^±538 so that neither factor overflows and a subnormal result is rounded once.
    /// </summary>
    static abstract TVector ScaleByPowerOfTwo(TVector value, TVector k);
}
