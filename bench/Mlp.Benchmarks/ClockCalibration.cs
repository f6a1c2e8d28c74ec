using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mlp.Benchmarks;

/// <summary>
/// Measures the core clock and the fused multiply-add throughput of one core with timed loops,
/// for machines where hardware cycle counters are not available (as in most virtual machines,
/// where perf reports cycles as not supported).
/// </summary>
internal static class ClockCalibration
{
    private const long Steps = 20_000_000;
    private const int Rounds = 20;

    /// <summary>
    /// Assumed latency of a dependent scalar fused multiply-add, in cycles: 4 on AMD Zen 4. The
    /// integer chain of <see cref="MeasureGigahertzByAdditions"/> checks the assumption.
    /// </summary>
    private const int FmaLatencyCycles = 4;

    /// <summary>
    /// Returns the clock in GHz from a chain of dependent fused multiply-adds, which advances one
    /// link per <see cref="FmaLatencyCycles"/> cycles. The fastest of several rounds is taken,
    /// because other processes can only slow a round down.
    /// </summary>
    public static double MeasureGigahertz() =>
        Fastest(() => DependentFmaChain(Steps, 1.0), Steps * 8.0 * FmaLatencyCycles);

    /// <summary>
    /// Returns the clock in GHz from a chain of dependent 64-bit integer additions, one cycle
    /// each on every x64 core: a check on the FMA latency assumed by <see cref="MeasureGigahertz"/>.
    /// </summary>
    public static double MeasureGigahertzByAdditions() =>
        Fastest(() => DependentAddChain(Steps, 3), Steps * 8.0);

    /// <summary>
    /// Returns the float GFLOP/s of one core running 12 independent chains of 512-bit fused
    /// multiply-adds: enough chains to cover the latency of both FMA pipes.
    /// </summary>
    public static double MeasureCoreGflops() =>
        Fastest(() => IndependentChains(Steps / 4), Steps / 4 * 12.0 * Vector512<float>.Count * 2);

    /// <summary>Returns the best rate of a run, in billions of <paramref name="units"/> per second.</summary>
    private static double Fastest<TResult>(Func<TResult> run, double units)
    {
        var best = 0.0;
        for (var round = 0; round < Rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            var result = run();
            var seconds = watch.Elapsed.TotalSeconds;
            GC.KeepAlive(result);
            best = Math.Max(best, units / seconds / 1e9);
        }

        return best;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long DependentAddChain(long steps, long x)
    {
        for (long i = 0; i < steps; i++)
        {
            x += i;
            x += i;
            x += i;
            x += i;
            x += i;
            x += i;
            x += i;
            x += i;
        }

        return x;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double DependentFmaChain(long steps, double x)
    {
        const double a = 0.999999, b = 1e-7;
        for (long i = 0; i < steps; i++)
        {
            x = Math.FusedMultiplyAdd(x, a, b);
            x = Math.FusedMultiplyAdd(x, a, b);
            x = Math.FusedMultiplyAdd(x, a, b);
            x = Math.FusedMultiplyAdd(x, a, b);
            x = Math.FusedMultiplyAdd(x, a, b);
            x = Math.FusedMultiplyAdd(x, a, b);
            x = Math.FusedMultiplyAdd(x, a, b);
            x = Math.FusedMultiplyAdd(x, a, b);
        }

        return x;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static float IndependentChains(long steps)
    {
        var a = Vector512.Create(0.9999f);
        var b = Vector512.Create(1e-7f);
        Vector512<float> c0 = a, c1 = a, c2 = a, c3 = a, c4 = a, c5 = a;
        Vector512<float> c6 = a, c7 = a, c8 = a, c9 = a, c10 = a, c11 = a;
        for (long i = 0; i < steps; i++)
        {
            c0 = Vector512.FusedMultiplyAdd(c0, a, b);
            c1 = Vector512.FusedMultiplyAdd(c1, a, b);
            c2 = Vector512.FusedMultiplyAdd(c2, a, b);
            c3 = Vector512.FusedMultiplyAdd(c3, a, b);
            c4 = Vector512.FusedMultiplyAdd(c4, a, b);
            c5 = Vector512.FusedMultiplyAdd(c5, a, b);
            c6 = Vector512.FusedMultiplyAdd(c6, a, b);
            c7 = Vector512.FusedMultiplyAdd(c7, a, b);
            c8 = Vector512.FusedMultiplyAdd(c8, a, b);
            c9 = Vector512.FusedMultiplyAdd(c9, a, b);
            c10 = Vector512.FusedMultiplyAdd(c10, a, b);
            c11 = Vector512.FusedMultiplyAdd(c11, a, b);
        }

        return (c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11).ToScalar();
    }
}
