using System.Numerics;
using System.Runtime.Intrinsics;
using Mlp.LinearAlgebra;

namespace Mlp.Tests.LinearAlgebra;

/// <summary>
/// The horizontal sums behind the forward kernel: the four-register sum must give the same bits
/// as four single sums, because a tile of the forward pass may use either for the same element.
/// Lanes mix magnitudes from 1e-8 to 1e8 so that a different order of additions would show.
/// </summary>
public class VectorOpsTests
{
    [Fact]
    public void Sum4_Vector512Float_MatchesFourSums() =>
        CheckSum4<Vector512Ops<float>, Vector512<float>, float>(values => Vector512.Create(values));

    [Fact]
    public void Sum4_Vector512Double_MatchesFourSums() =>
        CheckSum4<Vector512Ops<double>, Vector512<double>, double>(values => Vector512.Create(values));

    [Fact]
    public void Sum4_Vector256Float_MatchesFourSums() =>
        CheckSum4<Vector256Ops<float>, Vector256<float>, float>(values => Vector256.Create(values));

    [Fact]
    public void Sum4_Vector256Double_MatchesFourSums() =>
        CheckSum4<Vector256Ops<double>, Vector256<double>, double>(values => Vector256.Create(values));

    [Fact]
    public void Sum_Vector128Float_AddsByHalving()
    {
        var lanes = Vector128.Create(1e8f, 1f, -1e8f, 3f);

        var sum = Vector128Ops<float>.Sum(lanes);

        // Halving adds lanes 0 + 2 and 1 + 3 first: (1e8 − 1e8) + (1 + 3) = 4. Adding neighbours
        // first would give (1e8 + 1) + (−1e8 + 3) = 1e8 − 1e8 = 0 in float.
        Assert.Equal(4f, sum);
    }

    private static void CheckSum4<TOps, TVector, T>(Func<T[], TVector> create)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var random = new Random(11);
        for (var trial = 0; trial < 200; trial++)
        {
            var registers = new TVector[4];
            for (var r = 0; r < registers.Length; r++)
            {
                var values = new T[TOps.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    var magnitude = Math.Pow(10, (16 * random.NextDouble()) - 8);
                    values[i] = T.CreateChecked(random.Next(2) == 0 ? magnitude : -magnitude);
                }

                registers[r] = create(values);
            }

            var (a, b, c, d) = TOps.Sum4(registers[0], registers[1], registers[2], registers[3]);

            Assert.Equal(TOps.Sum(registers[0]), a);
            Assert.Equal(TOps.Sum(registers[1]), b);
            Assert.Equal(TOps.Sum(registers[2]), c);
            Assert.Equal(TOps.Sum(registers[3]), d);
        }
    }
}
