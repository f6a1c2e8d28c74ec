using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Mlp.Benchmarks;

/// <summary>
/// A result column with the floating-point rate of a dense-product benchmark: 2 × batch × inputs
/// × units operations per call over the median or the fastest iteration, in GFLOP/s or as a
/// percentage of <see cref="PeakRate"/>.
/// </summary>
/// <remarks>
/// The fastest iteration is shown beside the median because other processes on a shared machine
/// can only slow an iteration down: the best rate is the closer estimate of what the kernel does
/// on an idle core, and the median what it did while the machine was in use.
/// </remarks>
internal sealed class FlopRateColumn(FlopRateColumn.Kind kind) : IColumn
{
    /// <summary>What the column shows.</summary>
    public enum Kind
    {
        /// <summary>GFLOP/s of the median iteration.</summary>
        Median,

        /// <summary>GFLOP/s of the fastest iteration.</summary>
        Best,

        /// <summary>GFLOP/s of the fastest iteration as a percentage of the peak.</summary>
        BestShareOfPeak,
    }

    public string Id => $"FlopRate{kind}";

    public string ColumnName => kind switch
    {
        Kind.Median => "GFLOP/s",
        Kind.Best => "Best GFLOP/s",
        _ => "Best % of peak",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)kind;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => kind switch
    {
        Kind.Median => "Floating-point operations per nanosecond of the median iteration",
        Kind.Best => "Floating-point operations per nanosecond of the fastest iteration",
        _ => $"Best GFLOP/s over the peak of the benchmark's threads at {PeakRate.Gigahertz:F2} GHz",
    };

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null || benchmarkCase.Parameters["Shape"] is not LayerShape shape)
        {
            return "-";
        }

        var nanoseconds = kind == Kind.Median ? statistics.Median : statistics.Min;
        var gflops = shape.Flops / nanoseconds;
        if (kind != Kind.BestShareOfPeak)
        {
            return gflops.ToString("F1");
        }

        var elementType = benchmarkCase.Descriptor.Type.GetGenericArguments()[0];
        var threads = (int)benchmarkCase.Parameters["Threads"];
        return (100 * gflops / PeakRate.Gflops(elementType, threads)).ToString("F0");
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) =>
        summary.BenchmarksCases.Any(benchmarkCase => benchmarkCase.Parameters["Shape"] is LayerShape);
}
