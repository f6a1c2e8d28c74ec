using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Mlp.Benchmarks;

// Usage:
//   dotnet run -c Release --project bench/Mlp.Benchmarks -- [--clock-ghz 3.63] [BenchmarkDotNet options]
// Without --clock-ghz the clock is measured first; the peak rate behind "% of peak" uses it.
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

// Few iterations: the kernels run for microseconds and their times vary little, and the full
// suite stays under about ten minutes.
var job = Job.Default.WithWarmupCount(4).WithIterationCount(12).WithId("Kernels");
var config = DefaultConfig.Instance
    .AddJob(job.AsDefault())
    .AddColumn(new FlopRateColumn(asShareOfPeak: false), new FlopRateColumn(asShareOfPeak: true));
BenchmarkSwitcher.FromAssembly(typeof(LayerShape).Assembly).Run([.. arguments], config);
