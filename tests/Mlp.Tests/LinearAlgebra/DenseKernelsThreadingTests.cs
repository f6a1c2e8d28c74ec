using System.Numerics;
using System.Runtime.InteropServices;
using Mlp.LinearAlgebra;

namespace Mlp.Tests.LinearAlgebra;

/// <summary>
/// Reproducibility of the dense products: the same bits for 1, 2 and 3 threads, and for the
/// gradient products the same bits on every vector width. The shapes lie above the parallel
/// threshold; the ones with a single example or fewer than 8 units are split by columns instead
/// of rows.
/// </summary>
[Collection(KernelSettings.Name)]
public class DenseKernelsThreadingTests
{
    public static TheoryData<int, int, int> LargeShapes => new()
    {
        { 128, 784, 256 },
        { 128, 256, 10 },
        { 1, 784, 1024 },
        { 200, 1000, 3 },
        { 1, 2000, 300 },
        { 301, 300, 101 },
    };

    [Theory]
    [MemberData(nameof(LargeShapes))]
    public void Products_Float_SameBitsForOneTwoAndThreeThreads(int batch, int inputs, int units)
    {
        var single = RunAll<float>(KernelPath.Vector512, 1, batch, inputs, units);

        Assert.True(2.0 * batch * inputs * units >= Partition.ParallelThreshold);
        AssertSameBits(single, RunAll<float>(KernelPath.Vector512, 2, batch, inputs, units));
        AssertSameBits(single, RunAll<float>(KernelPath.Vector512, 3, batch, inputs, units));
    }

    [Theory]
    [MemberData(nameof(LargeShapes))]
    public void Products_Double_SameBitsForOneTwoAndThreeThreads(int batch, int inputs, int units)
    {
        var single = RunAll<double>(KernelPath.Vector512, 1, batch, inputs, units);

        AssertSameBits(single, RunAll<double>(KernelPath.Vector512, 2, batch, inputs, units));
        AssertSameBits(single, RunAll<double>(KernelPath.Vector512, 3, batch, inputs, units));
    }

    [Theory]
    [InlineData("Vector256")]
    [InlineData("Vector128")]
    [InlineData("Scalar")]
    public void Gradients_SameBitsOnEveryPath(string path)
    {
        foreach (var (batch, inputs, units) in DenseKernelsTests.Shapes())
        {
            var widest = RunAll<float>(KernelPath.Vector512, 2, batch, inputs, units);
            var narrower = RunAll<float>(Enum.Parse<KernelPath>(path), 2, batch, inputs, units);

            Assert.Equal(Bits(widest.WeightGradients), Bits(narrower.WeightGradients));
            Assert.Equal(Bits(widest.InputGradients), Bits(narrower.InputGradients));
        }
    }

    [Fact]
    public void For_BelowThreshold_StaysSerial()
    {
        using var settings = new KernelSettingsScope(KernelPath.Vector512, threads: 2);

        Assert.Equal(Partition.Serial, Partition.For(Partition.ParallelThreshold - 1, 32, 32));
    }

    [Fact]
    public void For_ManyRowTiles_SplitsRows()
    {
        using var settings = new KernelSettingsScope(KernelPath.Vector512, threads: 2);

        var partition = Partition.For(Partition.ParallelThreshold, rowTiles: 32, columnTiles: 4);

        Assert.Equal(new Partition(4, 2, SplitsRows: true), partition);
    }

    [Fact]
    public void For_FewRowTiles_SplitsColumns()
    {
        using var settings = new KernelSettingsScope(KernelPath.Vector512, threads: 2);

        var partition = Partition.For(Partition.ParallelThreshold, rowTiles: 3, columnTiles: 13);

        Assert.Equal(new Partition(4, 2, SplitsRows: false), partition);
    }

    [Fact]
    public void Share_UnevenLength_CoversEachIndexOnce()
    {
        var covered = new int[103];
        for (var part = 0; part < 4; part++)
        {
            var (start, end) = Partition.Share(103, part, 4, align: 8);
            Assert.Equal(0, start % 8);
            for (var i = start; i < end; i++)
            {
                covered[i]++;
            }
        }

        Assert.All(covered, count => Assert.Equal(1, count));
    }

    [Fact]
    public void MaxDegreeOfParallelism_Zero_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => KernelOptions.MaxDegreeOfParallelism = 0);

        Assert.Equal("value", exception.ParamName);
    }

    private static Results<T> RunAll<T>(KernelPath path, int threads, int batch, int inputs, int units)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        using var settings = new KernelSettingsScope(path, threads);
        var random = new Random((batch * 31) + inputs + units);
        var h = DenseKernelsTests.RandomValues<T>(random, batch * inputs);
        var w = DenseKernelsTests.RandomValues<T>(random, units * inputs);
        var b = DenseKernelsTests.RandomValues<T>(random, units);
        var deltas = DenseKernelsTests.RandomValues<T>(random, batch * units);
        var results = new Results<T>(new T[batch * units], new T[units * inputs], new T[batch * inputs]);

        DenseKernels.Forward<T>(h, w, b, results.PreActivations, batch, inputs, units);
        DenseKernels.WeightGradients<T>(deltas, h, results.WeightGradients, batch, inputs, units);
        DenseKernels.InputGradients<T>(deltas, w, results.InputGradients, batch, inputs, units);
        return results;
    }

    private static void AssertSameBits<T>(Results<T> expected, Results<T> actual)
        where T : unmanaged
    {
        Assert.Equal(Bits(expected.PreActivations), Bits(actual.PreActivations));
        Assert.Equal(Bits(expected.WeightGradients), Bits(actual.WeightGradients));
        Assert.Equal(Bits(expected.InputGradients), Bits(actual.InputGradients));
    }

    private static byte[] Bits<T>(T[] values)
        where T : unmanaged => MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    private sealed record Results<T>(T[] PreActivations, T[] WeightGradients, T[] InputGradients);
}
