using Mlp.LinearAlgebra;

namespace Mlp.Tests.LinearAlgebra;

/// <summary>
/// The fork-join runner behind the parallel kernels. In the kernel settings collection because a
/// kernel call running at the same time would hold the workers and make the runner fall back to
/// the calling thread.
/// </summary>
[Collection(KernelSettings.Name)]
public unsafe class KernelThreadsTests
{
    [Fact]
    public void Run_ManyParts_RunsEachPartOnce()
    {
        var runs = new int[64];

        fixed (int* state = runs)
        {
            KernelThreads.Run(64, 3, &CountRun, state);
        }

        Assert.All(runs, count => Assert.Equal(1, count));
    }

    [Fact]
    public void Run_SlowParts_UsesWorkerThreads()
    {
        // Each part waits 20 ms, long enough for a sleeping worker to wake and claim one.
        var threads = new int[6];

        fixed (int* state = threads)
        {
            KernelThreads.Run(6, 2, &RecordThreadSlowly, state);
        }

        Assert.Equal(2, threads.Distinct().Count());
    }

    [Fact]
    public void Run_PartThrows_RethrowsOnCallingThread()
    {
        var exception = Assert.Throws<InvalidOperationException>(
            () => KernelThreads.Run(2, 2, &ThrowInPartOne, null));

        Assert.Equal("part 1", exception.Message);
    }

    private static void CountRun(void* state, int part, int parts) =>
        Interlocked.Increment(ref ((int*)state)[part]);

    private static void RecordThreadSlowly(void* state, int part, int parts)
    {
        ((int*)state)[part] = Environment.CurrentManagedThreadId;
        Thread.Sleep(20);
    }

    private static void ThrowInPartOne(void* state, int part, int parts)
    {
        if (part == 1)
        {
            throw new InvalidOperationException("part 1");
        }
    }
}
