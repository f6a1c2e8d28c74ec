using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Mlp.Benchmarks;
using Perfolizer.Horology;

// Usage:
//   dotnet run -c Release --project bench/Mlp.Benchmarks -- [--clock-ghz 3.63] [BenchmarkDotNet options]
// Without --clock-ghz the clock is measured first; the peak behind "Best % of peak" uses it.
var arguments = args.ToList();
var clockOption = arguments.IndexOf("--clock-ghz");
if (clockOption >= 0 && clockOption + 1 < arguments.Count)
{
    PeakRate.Gigahertz = double.Parse(arguments[clockOption + 1], CultureInfo.InvariantCulture);
    arguments.RemoveRange(clockOption, 2);
}
else
{
    PeakRate.Gigahertz = ClockCalibration.MeasureGigahertz();
    var byAdditions = ClockCalibration.MeasureGigahertzByAdditions();
    var coreGflops = ClockCalibration.MeasureCoreGflops();
    Console.WriteLine(
        $"Clock: {PeakRate.Gigahertz:F2} GHz from dependent FMAs, {byAdditions:F2} GHz from dependent "
        + $"additions; one core ran {coreGflops:F1} GFLOP/s of 512-bit float FMAs.");
}

Console.WriteLine(
    $"Peak at {PeakRate.Gigahertz:F2} GHz: float {PeakRate.Gflops(typeof(float), 1):F1} GFLOP/s per core, "
    + $"double {PeakRate.Gflops(typeof(double), 1):F1}.");

// Many short iterations: on a machine shared with other work, some of them fall into quiet
// moments, and the columns give both the median and the fastest iteration, so a noisy run shows
// as a gap between the two. The full suite takes about ten minutes.
var job = Job.Default
    .WithWarmupCount(5)
    .WithIterationCount(40)
    .WithIterationTime(TimeInterval.FromMilliseconds(25))
    .WithId("Kernels");
var config = DefaultConfig.Instance
    .AddJob(job.AsDefault())
    .AddColumn(
        StatisticColumn.Min,
        new FlopRateColumn(FlopRateColumn.Kind.Median),
        new FlopRateColumn(FlopRateColumn.Kind.Best),
        new FlopRateColumn(FlopRateColumn.Kind.BestShareOfPeak));
BenchmarkSwitcher.FromAssembly(typeof(LayerShape).Assembly).Run([.. arguments], config);
