using Mlp.LinearAlgebra;

namespace Mlp.Tests.LinearAlgebra;

/// <summary>
/// Tests that change the process-wide kernel settings. xunit runs them one at a time, after the
/// tests that run in parallel, so no other test runs with the changed settings.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KernelSettings
{
    public const string Name = "Kernel settings";
}

/// <summary>Sets the kernel path and thread count for one test and restores them on dispose.</summary>
internal sealed class KernelSettingsScope : IDisposable
{
    private readonly KernelPath path = KernelOptions.MaximumPath;
    private readonly int threads = KernelOptions.MaxDegreeOfParallelism;

    public KernelSettingsScope(KernelPath path, int threads)
    {
        KernelOptions.MaximumPath = path;
        KernelOptions.MaxDegreeOfParallelism = threads;
    }

    public void Dispose()
    {
        KernelOptions.MaximumPath = path;
        KernelOptions.MaxDegreeOfParallelism = threads;
    }
}
