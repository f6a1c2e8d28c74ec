using Mlp.LinearAlgebra;

namespace Mlp.Tests.LinearAlgebra;

/// <summary>
/// Softmax and the derivative kernels. Softmax is checked against Math.Exp over the row sum;
/// the derivatives against the scalar formulas tanh′ = 1 − h², σ′ = h (1 − h) and relu′ = 0 at
/// h = 0, bit for bit, on lengths that run both whole vectors and the tail.
/// </summary>
[Collection(KernelSettings.Name)]
public class SoftmaxAndDerivativesTests
{
    private static readonly int[] Lengths = [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 40, 1000];

    public static TheoryData<string> VectorPaths => ["Vector512", "Vector256", "Vector128"];

    [Theory]
    [MemberData(nameof(VectorPaths))]
    public void Softmax_Rows_MatchExpOverSum(string path)
    {
        using var settings = new KernelSettingsScope(Enum.Parse<KernelPath>(path), threads: 1);
        var random = new Random(4);
        foreach (var length in Lengths.Where(length => length > 0))
        {
            var z = Enumerable.Range(0, length).Select(_ => (random.NextDouble() * 60) - 30).ToArray();
            var p = new double[length];

            ElementwiseMath.Softmax<double>(z, p);

            var max = z.Max();
            var sum = z.Sum(value => Math.Exp(value - max));
            for (var i = 0; i < length; i++)
            {
                Assert.Equal(Math.Exp(z[i] - max) / sum, p[i], 1e-15 * Math.Max(1, length));
            }
        }
    }

    [Fact]
    public void SoftmaxRows_Batch_MatchesEachRowAlone()
    {
        const int rows = 7, units = 10;
        var random = new Random(9);
        var z = Enumerable.Range(0, rows * units).Select(_ => (random.NextDouble() * 40) - 20).ToArray();
        var p = new double[z.Length];

        ElementwiseMath.SoftmaxRows<double>(z, p, units);

        for (var n = 0; n < rows; n++)
        {
            var row = z.AsSpan(n * units, units).ToArray();
            var max = row.Max();
            var sum = row.Sum(value => Math.Exp(value - max));
            for (var j = 0; j < units; j++)
            {
                Assert.Equal(Math.Exp(row[j] - max) / sum, p[(n * units) + j], 1e-15);
            }
        }
    }

    [Fact]
    public void Softmax_SubnormalExponentials_AreKept()
    {
        // e^−720 ≈ 1.9e−313 is subnormal: flushing it to zero would lose it.
        var p = new double[2];

        ElementwiseMath.Softmax<double>([0, -720], p);

        Assert.Equal(Math.Exp(-720) / (1 + Math.Exp(-720)), p[1], 1e-320);
        Assert.True(p[1] > 0);
    }

    [Fact]
    public void Derivatives_EveryLength_MatchScalarFormulas()
    {
        var random = new Random(7);
        foreach (var length in Lengths)
        {
            var h = Enumerable.Range(0, length)
                .Select(i => i % 5 == 0 ? 0f : (float)random.NextDouble())
                .ToArray();
            var deltas = Enumerable.Range(0, length)
                .Select(_ => (float)(random.NextDouble() - 0.5))
                .ToArray();
            var tanh = (float[])deltas.Clone();
            var logistic = (float[])deltas.Clone();
            var relu = (float[])deltas.Clone();

            ElementwiseMath.MultiplyByTanhDerivative<float>(h, tanh);
            ElementwiseMath.MultiplyByLogisticDerivative<float>(h, logistic);
            ElementwiseMath.MultiplyByReluDerivative<float>(h, relu);

            for (var i = 0; i < length; i++)
            {
                Assert.Equal(deltas[i] * (1 - (h[i] * h[i])), tanh[i]);
                Assert.Equal(deltas[i] * h[i] * (1 - h[i]), logistic[i]);
                Assert.Equal(h[i] == 0 ? 0 : deltas[i], relu[i]);
            }
        }
    }
}
