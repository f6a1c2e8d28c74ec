using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Mlp.Benchmarks;

/// <summary>
/// A result column with the floating-point rate of a dense-product benchmark, from its median
/// time and 2 × batch × inputs × units operations per call, as GFLOP/s or as a percentage of
/// <see cref="PeakRate"/>.
/// </summary>
internal sealed class FlopRateColumn(bool asShareOfPeak) : IColumn
{
    public string Id => asShareOfPeak ? "PeakShare" : "Gflops";

    public string ColumnName => asShareOfPeak ? "% of peak" : "GFLOP/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => asShareOfPeak ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => asShareOfPeak
        ? $"GFLOP/s over the peak of the threads' cores at {PeakRate.Gigahertz:F2} GHz"
        : "Floating-point operations per nanosecond of the median time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        var shape = benchmarkCase.Parameters["Shape"] as LayerShape;
        if (statistics is null || shape is null)
        {
            return "-";
        }

        var gflops = shape.Flops / statistics.Median;
        if (!asShareOfPeak)
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

    public bool IsAvailable(Summary summary) => true;
}
