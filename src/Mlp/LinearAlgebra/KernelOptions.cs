namespace Mlp.LinearAlgebra;

/// <summary>Process-wide settings of the matrix kernels behind every layer.</summary>
public static class KernelOptions
{
    private static int maxDegreeOfParallelism = Environment.ProcessorCount;

    /// <summary>
    /// Maximum number of threads one kernel call uses. Defaults to the number of processors.
    /// </summary>
    /// <remarks>
    /// Results are bit-identical for every value: each output element is computed by one thread,
    /// in a summation order that does not depend on how the work is split. Calls below about
    /// 350,000 floating-point operations run on the calling thread whatever the setting, because
    /// handing work to another core costs more than it saves. Set 1 when other busy processes
    /// share the cores: a worker that waits for a core delays every call it takes part in.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public static int MaxDegreeOfParallelism
    {
        get => Volatile.Read(ref maxDegreeOfParallelism);
        set
        {
            if (value < 1)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(value),
                    value,
                    $"MaxDegreeOfParallelism must be at least 1, got {value}; use 1 to run every "
                    + "kernel on the calling thread.");
            }

            Volatile.Write(ref maxDegreeOfParallelism, value);
        }
    }

    /// <summary>
    /// Widest registers the kernels may use; lowered by tests to run the narrower paths on
    /// hardware that has wider ones.
    /// </summary>
    internal static KernelPath MaximumPath { get; set; } = KernelPath.Vector512;
}
