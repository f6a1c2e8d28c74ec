using System.Numerics;
using Mlp.LinearAlgebra;

namespace Mlp.Tests.LinearAlgebra;

/// <summary>
/// The three products of a dense layer on every kernel path, against plain triple loops in double
/// (<see cref="NaiveProducts"/>). Shapes sweep each dimension through 1, 2, 3, odd sizes and
/// multiples of every vector width ± 1 (float: 4, 8, 16 lanes; double: 2, 4, 8). A few large
/// shapes cross the cache blocks. An element may differ from the reference by
/// (depth + 2) · ε · Σ|terms|: a sum of depth products and a bias rounds at most depth + 1
/// times, each by at most ε/2 of a partial sum no larger than Σ|terms|, and the reference in
/// double errs by as much again when T is double.
/// </summary>
[Collection(KernelSettings.Name)]
public class DenseKernelsTests
{
    private static readonly int[] Sweep = [1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65];

    public static TheoryData<string> Paths => ["Vector512", "Vector256", "Vector128", "Scalar"];

    [Theory]
    [MemberData(nameof(Paths))]
    public void Forward_Float_MatchesNaiveProduct(string path) => CheckForward<float>(path);

    [Theory]
    [MemberData(nameof(Paths))]
    public void Forward_Double_MatchesNaiveProduct(string path) => CheckForward<double>(path);

    [Theory]
    [MemberData(nameof(Paths))]
    public void WeightGradients_Float_MatchNaiveProduct(string path) => CheckWeightGradients<float>(path);

    [Theory]
    [MemberData(nameof(Paths))]
    public void WeightGradients_Double_MatchNaiveProduct(string path) => CheckWeightGradients<double>(path);

    [Theory]
    [MemberData(nameof(Paths))]
    public void InputGradients_Float_MatchNaiveProduct(string path) => CheckInputGradients<float>(path);

    [Theory]
    [MemberData(nameof(Paths))]
    public void InputGradients_Double_MatchNaiveProduct(string path) => CheckInputGradients<double>(path);

    [Theory]
    [MemberData(nameof(Paths))]
    public void Forward_EqualRowsInDifferentTiles_GiveSameBits(string path)
    {
        // Rows 0-3 and units 0-3 form a 4 × 4 tile; row 4 and units 4-5 fall into the edge
        // tiles. Copies of row 0 and of units 0 and 1 must come out bit for bit the same.
        using var settings = new KernelSettingsScope(Enum.Parse<KernelPath>(path), threads: 1);
        const int batch = 5, inputs = 37, units = 6;
        var random = new Random(8);
        var h = RandomValues<float>(random, batch * inputs);
        var w = RandomValues<float>(random, units * inputs);
        var b = new float[units];
        h.AsSpan(0, inputs).CopyTo(h.AsSpan(4 * inputs));
        w.AsSpan(0, 2 * inputs).CopyTo(w.AsSpan(4 * inputs));
        var z = new float[batch * units];

        DenseKernels.Forward<float>(h, w, b, z, batch, inputs, units);

        Assert.Equal(z[..units], z[(4 * units)..]);
        for (var n = 0; n < batch; n++)
        {
            Assert.Equal(z[n * units], z[(n * units) + 4]);
            Assert.Equal(z[(n * units) + 1], z[(n * units) + 5]);
        }
    }

    [Fact]
    public void BiasGradients_SumColumnsInRowOrder()
    {
        var deltas = RandomValues<float>(new Random(3), 7 * 19);
        var sums = new float[19];

        DenseKernels.BiasGradients<float>(deltas, sums, 7, 19);

        for (var j = 0; j < 19; j++)
        {
            var expected = deltas[j];
            for (var n = 1; n < 7; n++)
            {
                expected += deltas[(n * 19) + j];
            }

            Assert.Equal(expected, sums[j]);
        }
    }

    [Fact]
    public void WeightGradients_EmptyBatch_GivesZeros()
    {
        var gradients = new double[] { 1, 2, 3, 4, 5, 6 };

        DenseKernels.WeightGradients<double>([], [], gradients, 0, 3, 2);

        Assert.All(gradients, value => Assert.Equal(0, value));
    }

    [Fact]
    public void InputGradients_NoUnits_GivesZeros()
    {
        var inputGradients = new double[] { 1, 2, 3, 4, 5, 6 };

        DenseKernels.InputGradients<double>([], [], inputGradients, 2, 3, 0);

        Assert.All(inputGradients, value => Assert.Equal(0, value));
    }

    [Fact]
    public void Forward_WeightsOfWrongLength_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => DenseKernels.Forward<double>(
                new double[6], new double[5], new double[2], new double[4], 2, 3, 2));

        Assert.Equal("weights", exception.ParamName);
    }

    internal static IEnumerable<(int Batch, int Inputs, int Units)> Shapes()
    {
        foreach (var size in Sweep)
        {
            yield return (size, 37, 19);
            yield return (6, size, 19);
            yield return (6, 37, size);
        }

        yield return (200, 64, 50);
        yield return (300, 300, 100);
        yield return (130, 800, 90);
        yield return (257, 129, 67);
    }

    internal static T[] RandomValues<T>(Random random, int count)
        where T : IFloatingPointIeee754<T> =>
        [.. Enumerable.Range(0, count).Select(_ => T.CreateChecked((2 * random.NextDouble()) - 1))];

    private static void CheckForward<T>(string path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        using var settings = new KernelSettingsScope(Enum.Parse<KernelPath>(path), threads: 1);
        foreach (var (batch, inputs, units) in Shapes())
        {
            var random = new Random((batch * 10007) + (inputs * 101) + units);
            var h = RandomValues<T>(random, batch * inputs);
            var w = RandomValues<T>(random, units * inputs);
            var b = RandomValues<T>(random, units);
            var z = new T[batch * units];

            DenseKernels.Forward<T>(h, w, b, z, batch, inputs, units);

            var (expected, magnitudes) = NaiveProducts.Forward(
                ToDoubles(h), ToDoubles(w), ToDoubles(b), batch, inputs, units);
            AssertClose(expected, magnitudes, z, inputs, $"{path} forward {batch}×{inputs}×{units}");
        }
    }

    private static void CheckWeightGradients<T>(string path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        using var settings = new KernelSettingsScope(Enum.Parse<KernelPath>(path), threads: 1);
        foreach (var (batch, inputs, units) in Shapes())
        {
            var random = new Random((batch * 10007) + (inputs * 101) + units);
            var deltas = RandomValues<T>(random, batch * units);
            var h = RandomValues<T>(random, batch * inputs);
            var g = new T[units * inputs];

            DenseKernels.WeightGradients<T>(deltas, h, g, batch, inputs, units);

            var (expected, magnitudes) = NaiveProducts.WeightGradients(
                ToDoubles(deltas), ToDoubles(h), batch, inputs, units);
            AssertClose(expected, magnitudes, g, batch, $"{path} weight gradients {batch}×{inputs}×{units}");
        }
    }

    private static void CheckInputGradients<T>(string path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        using var settings = new KernelSettingsScope(Enum.Parse<KernelPath>(path), threads: 1);
        foreach (var (batch, inputs, units) in Shapes())
        {
            var random = new Random((batch * 10007) + (inputs * 101) + units);
            var deltas = RandomValues<T>(random, batch * units);
            var w = RandomValues<T>(random, units * inputs);
            var dh = new T[batch * inputs];

            DenseKernels.InputGradients<T>(deltas, w, dh, batch, inputs, units);

            var (expected, magnitudes) = NaiveProducts.InputGradients(
                ToDoubles(deltas), ToDoubles(w), batch, inputs, units);
            AssertClose(expected, magnitudes, dh, units, $"{path} input gradients {batch}×{inputs}×{units}");
        }
    }

    private static double[] ToDoubles<T>(T[] values)
        where T : IFloatingPointIeee754<T> => [.. values.Select(double.CreateChecked)];

    private static void AssertClose<T>(
        double[] expected, double[] magnitudes, T[] actual, int depth, string product)
        where T : IFloatingPointIeee754<T>
    {
        var epsilon = double.CreateChecked(T.BitIncrement(T.One) - T.One);
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var value = double.CreateChecked(actual[i]);
            var tolerance = (depth + 2) * epsilon * magnitudes[i];
            if (!(Math.Abs(value - expected[i]) <= tolerance))
            {
                Assert.Fail($"{product}: element {i} is {value:R}, expected {expected[i]:R} ± {tolerance:G3}.");
            }
        }
    }
}
