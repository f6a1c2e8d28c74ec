namespace Mlp.Benchmarks;

/// <summary>
/// The peak floating-point rate the result columns compare against: clock × operations per cycle
/// per core × threads.
/// </summary>
/// <remarks>
/// A Zen 4 core has two 256-bit FMA pipes and runs a 512-bit FMA on both at once. So it retires
/// 2 × 8 float or 2 × 4 double fused multiply-adds per cycle, whatever the vector width: 32 or 16
/// floating-point operations. Set the clock with --clock-ghz, or let the program measure it.
/// </remarks>
internal static class PeakRate
{
    /// <summary>Clock in GHz used by the columns.</summary>
    public static double Gigahertz { get; set; }

    /// <summary>Returns the peak GFLOP/s of <paramref name="threads"/> cores for an element type.</summary>
    public static double Gflops(Type elementType, int threads)
    {
        var perCycle = elementType == typeof(float) ? 32 : 16;
        return Gigahertz * perCycle * threads;
    }
}
