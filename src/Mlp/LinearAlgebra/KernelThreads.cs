using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Mlp.LinearAlgebra;

/// <summary>
/// Runs the parts of one kernel call on the calling thread and on persistent worker threads.
/// </summary>
/// <remarks>
/// A kernel call on a training batch lasts tens of microseconds, so the hand-over must cost far
/// less than that and allocate nothing. Threads claim parts from a shared counter, so the calling
/// thread runs every part that no worker has claimed: a worker that wakes late or is descheduled
/// by another process delays nothing but the part it holds. The counter carries a generation in
/// its upper 32 bits, so a worker that wakes after its call has ended cannot claim a part of the
/// next call. Each worker spins for <see cref="SpinMicroseconds"/> after its last part, which
/// covers the gap between the kernel calls of one training step, and then sleeps on a monitor.
/// One call at a time uses the workers. A call made while another thread uses them runs all its
/// parts on the calling thread, which gives the same result because the parts do not depend on
/// the thread that runs them.
/// </remarks>
internal static unsafe class KernelThreads
{
    /// <summary>How long an idle worker spins before it sleeps.</summary>
    private const int SpinMicroseconds = 200;

    /// <summary>Pauses a waiting thread makes before it starts to yield its core.</summary>
    private const int YieldAfterPauses = 100_000;

    private static readonly object Gate = new();
    private static readonly object GrowLock = new();
    private static Worker[] workers = [];

    private static delegate*<void*, int, int, void> body;
    private static void* state;
    private static int partCount;
    private static int generation;
    private static long claims;
    private static int completed;
    private static ExceptionDispatchInfo? failure;

    /// <summary>
    /// Calls <paramref name="run"/>(<paramref name="arguments"/>, part, parts) once for every part
    /// in [0, <paramref name="parts"/>) on up to <paramref name="threads"/> threads, and returns
    /// when all parts have finished.
    /// </summary>
    /// <remarks>
    /// <paramref name="arguments"/> may point into the caller's stack: no part outlives the call.
    /// </remarks>
    public static void Run(
        int parts, int threads, delegate*<void*, int, int, void> run, void* arguments)
    {
        if (parts <= 1 || threads <= 1 || !Monitor.TryEnter(Gate))
        {
            for (var part = 0; part < parts; part++)
            {
                run(arguments, part, parts);
            }

            return;
        }

        try
        {
            RunOnWorkers(parts, Math.Min(threads, parts), run, arguments);
        }
        finally
        {
            Monitor.Exit(Gate);
        }
    }

    private static void RunOnWorkers(
        int parts, int threads, delegate*<void*, int, int, void> run, void* arguments)
    {
        var team = EnsureWorkers(threads - 1);
        body = run;
        state = arguments;
        partCount = parts;
        failure = null;
        Volatile.Write(ref completed, 0);
        var current = ++generation;
        Interlocked.Exchange(ref claims, (long)current << 32);
        for (var i = 0; i < threads - 1; i++)
        {
            team[i].Start(current);
        }

        RunClaimedParts(current);
        WaitForCompletion(parts);
        failure?.Throw();
    }

    /// <summary>Waits for the parts that workers still run.</summary>
    /// <remarks>
    /// Those parts are running, so the wait is short: pause instructions first, then yields in
    /// case another process has preempted the worker. Thread.Sleep(1) is never used, because it
    /// would add a millisecond to a call that lasts microseconds.
    /// </remarks>
    private static void WaitForCompletion(int parts)
    {
        var spins = 0;
        while (Volatile.Read(ref completed) != parts)
        {
            if (++spins < YieldAfterPauses)
            {
                Pause();
            }
            else
            {
                Thread.Yield();
            }
        }
    }

    /// <summary>
    /// Waits about as long as a cache-line transfer between cores. Thread.SpinWait(1) is not
    /// used: .NET scales its count to a calibrated delay, which was 200 ns on a Zen 4 virtual
    /// machine, long enough to let the calling thread claim every part of a short call.
    /// </summary>
    private static void Pause()
    {
        if (X86Base.IsSupported)
        {
            X86Base.Pause();
        }
        else if (ArmBase.IsSupported)
        {
            ArmBase.Yield();
        }
        else
        {
            Thread.SpinWait(1);
        }
    }

    /// <summary>Claims and runs parts of the call <paramref name="expected"/> until none remain.</summary>
    private static void RunClaimedParts(int expected)
    {
        while (true)
        {
            var claim = Volatile.Read(ref claims);
            var part = (int)(claim & uint.MaxValue);
            if ((int)(claim >> 32) != expected || part >= Volatile.Read(ref partCount))
            {
                return;
            }

            if (Interlocked.CompareExchange(ref claims, claim + 1, claim) == claim)
            {
                RunPart(part);
            }
        }
    }

    private static void RunPart(int part)
    {
        try
        {
            body(state, part, partCount);
        }
        catch (Exception exception)
        {
            failure = ExceptionDispatchInfo.Capture(exception);
        }
        finally
        {
            Interlocked.Increment(ref completed);
        }
    }

    private static Worker[] EnsureWorkers(int count)
    {
        if (workers.Length >= count)
        {
            return workers;
        }

        lock (GrowLock)
        {
            var grown = new Worker[count];
            workers.CopyTo(grown, 0);
            for (var i = workers.Length; i < count; i++)
            {
                grown[i] = new Worker(i + 1);
            }

            workers = grown;
            return grown;
        }
    }

    /// <summary>A background thread that joins the call whose generation it is handed.</summary>
    private sealed class Worker
    {
        private readonly object signal = new();
        private int ticket;

        public Worker(int index)
        {
            var thread = new Thread(Loop)
            {
                IsBackground = true,
                Name = $"Mlp kernel worker {index}",
            };
            thread.Start();
        }

        /// <summary>Hands the worker a call; the monitor pulse wakes it if it sleeps.</summary>
        public void Start(int callGeneration)
        {
            Volatile.Write(ref ticket, callGeneration);
            lock (signal)
            {
                Monitor.Pulse(signal);
            }
        }

        private void Loop()
        {
            var seen = 0;
            while (true)
            {
                seen = WaitForTicket(seen);
                RunClaimedParts(seen);
            }
        }

        private int WaitForTicket(int seen)
        {
            var spinUntil = Stopwatch.GetTimestamp(
                ) + (Stopwatch.Frequency * SpinMicroseconds / 1_000_000);
            for (var spins = 1; (spins & 63) != 0 || Stopwatch.GetTimestamp() < spinUntil; spins++)
            {
                var current = Volatile.Read(ref ticket);
                if (current != seen)
                {
                    return current;
                }

                Pause();
            }

            lock (signal)
            {
                while (Volatile.Read(ref ticket) == seen)
                {
                    Monitor.Wait(signal);
                }

                return Volatile.Read(ref ticket);
            }
        }
    }
}
