using System.Numerics;
using Mlp.LinearAlgebra;

namespace Mlp.Tests.LinearAlgebra;

/// <summary>
/// The vectorised element-wise kernels against the C library (Math.Tanh, Math.Exp) and against
/// correctly rounded values computed by mpmath at 60 digits (Reference/mpmath, recorded by
/// record_elementwise.py). Distances are counted in units in the last place (ulp) of the result
/// type. Lengths sweep 0 to 40 and beyond so that whole registers and the tail buffer both run,
/// on every vector width.
/// </summary>
[Collection(KernelSettings.Name)]
public class ElementwiseMathTests
{
    private static readonly int[] Lengths = [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 40, 1000];

    public static TheoryData<string> VectorPaths => ["Vector512", "Vector256", "Vector128"];

    [Theory]
    [MemberData(nameof(VectorPaths))]
    public void Tanh_Double_WithinTwoUlpOfMathTanh(string path)
    {
        using var settings = new KernelSettingsScope(Enum.Parse<KernelPath>(path), threads: 1);
        var z = SweepInputs(new Random(1), 200_000);
        var h = new double[z.Length];

        ElementwiseMath.Tanh<double>(z, h);

        for (var i = 0; i < z.Length; i++)
        {
            AssertWithinUlps(Math.Tanh(z[i]), h[i], 2, $"tanh({z[i]:R})");
        }
    }

    [Theory]
    [MemberData(nameof(VectorPaths))]
    public void Tanh_Float_WithinOneUlpOfRoundedMathTanh(string path)
    {
        using var settings = new KernelSettingsScope(Enum.Parse<KernelPath>(path), threads: 1);
        var z = SweepInputs(new Random(2), 200_000).Select(value => (float)value).ToArray();
        var h = new float[z.Length];

        ElementwiseMath.Tanh<float>(z, h);

        for (var i = 0; i < z.Length; i++)
        {
            AssertWithinUlps((float)Math.Tanh(z[i]), h[i], 1, $"tanh({z[i]:R})");
        }
    }

    [Theory]
    [InlineData("tanh")]
    [InlineData("exp")]
    [InlineData("logistic")]
    public void Function_WithinOneUlpOfCorrectlyRounded(string function)
    {
        var reference = ReferenceFile.Load("mpmath", "elementwise.json").GetProperty(function);
        var x = ReferenceFile.Doubles(reference.GetProperty("x"));
        var expected = ReferenceFile.Doubles(reference.GetProperty("y"));
        var y = new double[x.Length];

        switch (function)
        {
            case "tanh":
                ElementwiseMath.Tanh<double>(x, y);
                break;
            case "logistic":
                ElementwiseMath.Logistic<double>(x, y);
                break;
            default:
                LaneMap.Apply(default(ExpFunction), x, y);
                break;
        }

        for (var i = 0; i < x.Length; i++)
        {
            AssertWithinUlps(expected[i], y[i], 1, $"{function}({x[i]:R})");
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(5e-324)]
    [InlineData(-1e-310)]
    [InlineData(1e-200)]
    [InlineData(0.5499999999999999)]
    [InlineData(0.55)]
    [InlineData(19.1)]
    [InlineData(-40)]
    [InlineData(710)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.MaxValue)]
    public void Tanh_SpecialValue_EqualsMathTanhBitForBit(double z)
    {
        var h = new double[1];

        ElementwiseMath.Tanh<double>([z], h);

        Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Tanh(z)), BitConverter.DoubleToInt64Bits(h[0]));
    }

    [Fact]
    public void Tanh_NegativeZero_KeepsSign()
    {
        var h = new double[1];

        ElementwiseMath.Tanh<double>([-0.0], h);

        Assert.True(double.IsNegative(h[0]), "tanh(−0) must be −0");
    }

    [Fact]
    public void Tanh_NaN_GivesNaN()
    {
        var h = new double[1];

        ElementwiseMath.Tanh<double>([double.NaN], h);

        Assert.True(double.IsNaN(h[0]));
    }

    [Theory]
    [MemberData(nameof(VectorPaths))]
    public void Logistic_Double_WithinFourUlpOfExpFormula(string path)
    {
        // The reference 1 / (1 + Math.Exp(−z)) rounds three times itself, so it may be 2 ulp
        // from the exact value on its own. Below z ≈ −709.8 it overflows to 1 / ∞ = 0, while
        // σ(z) = e^z / (1 + e^z) equals e^z in every bit of a double below z = −700.
        using var settings = new KernelSettingsScope(Enum.Parse<KernelPath>(path), threads: 1);
        var z = SweepInputs(new Random(3), 200_000);
        var h = new double[z.Length];

        ElementwiseMath.Logistic<double>(z, h);

        for (var i = 0; i < z.Length; i++)
        {
            var expected = z[i] < -700 ? Math.Exp(z[i]) : 1 / (1 + Math.Exp(-z[i]));
            AssertWithinUlps(expected, h[i], 4, $"σ({z[i]:R})");
        }
    }

    [Theory]
    [InlineData(-1000.0, 0.0)]
    [InlineData(-746.0, 0.0)]
    [InlineData(-740.0, 4.2e-322)]
    [InlineData(1000.0, 1.0)]
    [InlineData(0.0, 0.5)]
    public void Logistic_Limits_AreExact(double z, double expected)
    {
        var h = new double[1];

        ElementwiseMath.Logistic<double>([z], h);

        Assert.Equal(expected, h[0]);
    }

    [Theory]
    [MemberData(nameof(VectorPaths))]
    public void Map_EveryLength_MatchesElementByElement(string path)
    {
        // Each element goes through the same instructions whether it sits in a whole register or
        // in the tail, so a value's result does not depend on its position or the span length.
        using var settings = new KernelSettingsScope(Enum.Parse<KernelPath>(path), threads: 1);
        var random = new Random(5);
        foreach (var length in Lengths)
        {
            var z = Enumerable.Range(0, length)
                .Select(_ => (float)((random.NextDouble() * 8) - 4))
                .ToArray();
            var h = new float[length];

            ElementwiseMath.Tanh<float>(z, h);

            for (var i = 0; i < length; i++)
            {
                var single = new float[1];
                ElementwiseMath.Tanh<float>([z[i]], single);
                Assert.Equal(single[0], h[i]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(VectorPaths))]
    public void Tanh_NarrowerPaths_GiveSameBitsAsWidest(string path)
    {
        var z = SweepInputs(new Random(6), 10_000);
        var widest = new double[z.Length];
        var narrower = new double[z.Length];
        ElementwiseMath.Tanh<double>(z, widest);

        using (new KernelSettingsScope(Enum.Parse<KernelPath>(path), threads: 1))
        {
            ElementwiseMath.Tanh<double>(z, narrower);
        }

        Assert.Equal(widest, narrower);
    }

    /// <summary>
    /// Returns inputs spread over every scale that matters: uniform on [−2, 2] around the switch
    /// between the two tanh formulas, and magnitudes from 1e−12 to 1e3 on a log scale.
    /// </summary>
    private static double[] SweepInputs(Random random, int count)
    {
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            var magnitude = i % 2 == 0
                ? 2 * random.NextDouble()
                : Math.Pow(10, (15 * random.NextDouble()) - 12);
            values[i] = random.Next(2) == 0 ? magnitude : -magnitude;
        }

        return values;
    }

    private static void AssertWithinUlps<T>(T expected, T actual, int ulps, string what)
        where T : IFloatingPointIeee754<T>
    {
        var distance = UlpDistance(expected, actual);
        if (distance > ulps)
        {
            Assert.Fail(
                $"{what} is {actual:R}, expected {expected:R}: {distance} ulp apart, at most {ulps} allowed.");
        }
    }

    /// <summary>Counts the representable values between two finite numbers of the same type.</summary>
    private static long UlpDistance<T>(T expected, T actual)
        where T : IFloatingPointIeee754<T>
    {
        if (T.IsNaN(expected) || T.IsNaN(actual))
        {
            return T.IsNaN(expected) && T.IsNaN(actual) ? 0 : long.MaxValue;
        }

        var steps = 0L;
        var (low, high) = expected < actual ? (expected, actual) : (actual, expected);
        while (low < high && steps <= 64)
        {
            low = T.BitIncrement(low);
            steps++;
        }

        return steps;
    }
}
