using System.Runtime.CompilerServices;

namespace Mlp.LinearAlgebra;

/// <summary>
/// e^x, tanh and the logistic function on registers of doubles, accurate to about 1 ulp, written
/// once for every vector width through <see cref="IDoubleLanes{TVector}"/>.
/// </summary>
/// <remarks>
/// The polynomial coefficients are near-minimax fits made by tools/fit_vector_math.py, which
/// prints each fit's error: 1.4e−18 for e^x and 7.7e−18 for tanh, well below the 1.1e−16 of one
/// rounding. Float inputs are widened to double before these functions, so float results are
/// rounded once from a double that is already within 1 ulp of the exact value.
/// </remarks>
internal static class VectorMath
{
    // ln 2 split so that k × Ln2High is exact for the k that occur (|k| ≤ 1076) and the
    // reduction x − k ln 2 loses nothing to cancellation.
    private const double Ln2High = 0.6931471805599453;
    private const double Ln2Low = 2.3190468138462996e-17;
    private const double Log2E = 1.4426950408889634;

    // e^710 overflows and e^−746 rounds to 0; clamping to these keeps k in [−1076, 1025].
    private const double ExpMaxArgument = 710;
    private const double ExpMinArgument = -746;

    // Below this |x| tanh is a polynomial; above it e^2|x| ≥ 3, so 1 − 2 / (e^2|x| + 1)
    // subtracts a number at most 1/2 from 1 and loses no accuracy to cancellation.
    private const double TanhSplit = 0.55;

    /// <summary>
    /// Computes e^x: ±∞ give ∞ and 0, NaN gives NaN, results below 2^−1022 are subnormal.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Exp<TLanes, TVector>(TVector x)
        where TLanes : struct, IDoubleLanes<TVector>
        where TVector : struct
    {
        var clamped = TLanes.ClampNative(
            x, TLanes.Create(ExpMinArgument), TLanes.Create(ExpMaxArgument));
        var (k, expM1) = ExpParts<TLanes, TVector>(clamped);
        var result = TLanes.ScaleByPowerOfTwo(TLanes.Add(TLanes.Create(1.0), expM1), k);
        return TLanes.Select(TLanes.IsNaN(x), x, result);
    }

    /// <summary>Computes tanh x: odd, so tanh(±0) = ±0; ±∞ give ±1; NaN gives NaN.</summary>
    /// <remarks>
    /// For |x| &lt; 0.55, tanh x = x + x s p(s) with s = x², so that the polynomial, whose
    /// rounding errors matter, contributes less than a tenth of the result. Above, see
    /// <see cref="TanhFar"/>. The sign is copied from x last.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Tanh<TLanes, TVector>(TVector x)
        where TLanes : struct, IDoubleLanes<TVector>
        where TVector : struct
    {
        var a = TLanes.Abs(x);
        var s = TLanes.Multiply(a, a);
        var p = TLanes.Create(-2.060276537636634e-05);
        p = TLanes.MultiplyAdd(p, s, TLanes.Create(8.511313685577672e-05));
        p = TLanes.MultiplyAdd(p, s, TLanes.Create(-0.0002346347410887237));
        p = TLanes.MultiplyAdd(p, s, TLanes.Create(0.0005889360520074057));
        p = TLanes.MultiplyAdd(p, s, TLanes.Create(-0.001455661830100716));
        p = TLanes.MultiplyAdd(p, s, TLanes.Create(0.003592110378689024));
        p = TLanes.MultiplyAdd(p, s, TLanes.Create(-0.008863234397814355));
        p = TLanes.MultiplyAdd(p, s, TLanes.Create(0.021869488493666944));
        p = TLanes.MultiplyAdd(p, s, TLanes.Create(-0.053968253967434016));
        p = TLanes.MultiplyAdd(p, s, TLanes.Create(0.13333333333332714));
        p = TLanes.MultiplyAdd(p, s, TLanes.Create(-0.3333333333333333));
        var near = TLanes.MultiplyAdd(a, TLanes.Multiply(s, p), a);

        var magnitude = TLanes.Select(
            TLanes.LessThan(a, TLanes.Create(TanhSplit)), near, TanhFar<TLanes, TVector>(a));
        var signed = TLanes.Select(TLanes.Create(-0.0), x, magnitude);
        return TLanes.Select(TLanes.IsNaN(x), x, signed);
    }

    /// <summary>
    /// Computes σ(x) = 1 / (1 + e^−x): 0 for x ≤ −746, 1 for large x, NaN for NaN.
    /// </summary>
    /// <remarks>
    /// With u = e^−|x| ≤ 1, σ(x) = 1 / (1 + u) for x ≥ 0 and u / (1 + u) for x &lt; 0. So u
    /// cannot overflow, and a small σ(x) is a quotient, not a difference that would cancel.
    /// u = 2^k (1 + m) is kept as an exact pair and 1 + u is split exactly (Fast2Sum). The
    /// quotient, numerator × (1 / d) with a single division, is then corrected by its residual,
    /// which a fused multiply-add gives exactly. That leaves about half an ulp, where rounding
    /// each step in turn cost up to 2 ulp near σ = 1/2.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Logistic<TLanes, TVector>(TVector x)
        where TLanes : struct, IDoubleLanes<TVector>
        where TVector : struct
    {
        var zero = TLanes.Create(0.0);
        var one = TLanes.Create(1.0);
        var negativeMagnitude = TLanes.ClampNative(
            TLanes.Subtract(zero, TLanes.Abs(x)), TLanes.Create(ExpMinArgument), zero);
        var (k, expM1) = ExpParts<TLanes, TVector>(negativeMagnitude);
        var scale = TLanes.ScaleByPowerOfTwo(one, k);
        var scaledM = TLanes.Multiply(scale, expM1);
        var u = TLanes.Add(scale, scaledM);
        var uLow = TLanes.Add(TLanes.Subtract(scale, u), scaledM);
        var d = TLanes.Add(one, u);
        var dLow = TLanes.Add(TLanes.Add(TLanes.Subtract(one, d), u), uLow);

        var negative = TLanes.LessThan(x, zero);
        var numerator = TLanes.Select(negative, u, one);
        var numeratorLow = TLanes.Select(negative, uLow, zero);
        var reciprocal = TLanes.Divide(one, d);
        var quotient = TLanes.Multiply(numerator, reciprocal);
        var residual = TLanes.MultiplyAdd(TLanes.Subtract(zero, quotient), d, numerator);
        residual = TLanes.Subtract(
            TLanes.Add(residual, numeratorLow), TLanes.Multiply(quotient, dLow));
        var result = TLanes.MultiplyAdd(residual, reciprocal, quotient);
        return TLanes.Select(TLanes.IsNaN(x), x, result);
    }

    /// <summary>
    /// Splits e^x = 2^k (1 + m) with integer k and |m| ≤ 0.42, for |x| ≤ 746.
    /// </summary>
    /// <remarks>
    /// x = k ln 2 + r with |r| ≤ ln 2 / 2, and m = e^r − 1 = r + r² q(r).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (TVector K, TVector ExpM1) ExpParts<TLanes, TVector>(TVector x)
        where TLanes : struct, IDoubleLanes<TVector>
        where TVector : struct
    {
        var k = TLanes.Round(TLanes.Multiply(x, TLanes.Create(Log2E)));
        var r = TLanes.MultiplyAdd(k, TLanes.Create(-Ln2High), x);
        r = TLanes.MultiplyAdd(k, TLanes.Create(-Ln2Low), r);
        var q = TLanes.Create(2.0914679376583935e-09);
        q = TLanes.MultiplyAdd(q, r, TLanes.Create(2.510520637395701e-08));
        q = TLanes.MultiplyAdd(q, r, TLanes.Create(2.7557273661348637e-07));
        q = TLanes.MultiplyAdd(q, r, TLanes.Create(2.7557255425746435e-06));
        q = TLanes.MultiplyAdd(q, r, TLanes.Create(2.4801587325533363e-05));
        q = TLanes.MultiplyAdd(q, r, TLanes.Create(0.00019841269874800493));
        q = TLanes.MultiplyAdd(q, r, TLanes.Create(0.0013888888888883752));
        q = TLanes.MultiplyAdd(q, r, TLanes.Create(0.008333333333326141));
        q = TLanes.MultiplyAdd(q, r, TLanes.Create(0.04166666666666667));
        q = TLanes.MultiplyAdd(q, r, TLanes.Create(0.1666666666666667));
        q = TLanes.MultiplyAdd(q, r, TLanes.Create(0.5));
        return (k, TLanes.MultiplyAdd(TLanes.Multiply(r, r), q, r));
    }

    /// <summary>Computes tanh a = 1 − 2 / (e^2a + 1) for a ≥ 0.55, to about half an ulp.</summary>
    /// <remarks>
    /// Rounding e^2a, the sum, the quotient and the difference one after another would cost up
    /// to 1.3 ulp, so the steps carry their rounding errors instead: e^2a + 1 = 2^k + 1 + 2^k m
    /// is kept as a pair d + dLow, the quotient's error comes back exactly from a fused
    /// multiply-add and is scaled by q / 2 = 1 / d rather than divided, and 1 − q is split
    /// exactly (Fast2Sum), leaving one rounding at the end.
    /// 2a is capped at 40, where the result already rounds to 1, so that 2^k + 1 stays exact.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector TanhFar<TLanes, TVector>(TVector a)
        where TLanes : struct, IDoubleLanes<TVector>
        where TVector : struct
    {
        var one = TLanes.Create(1.0);
        var two = TLanes.Create(2.0);
        var twiceA = TLanes.ClampNative(TLanes.Add(a, a), TLanes.Create(0.0), TLanes.Create(40.0));
        var (k, expM1) = ExpParts<TLanes, TVector>(twiceA);
        var scale = TLanes.ScaleByPowerOfTwo(one, k);
        var tail = TLanes.Multiply(scale, expM1);
        var head = TLanes.Add(scale, one);
        var d = TLanes.Add(head, tail);
        var dLow = TLanes.Add(TLanes.Subtract(head, d), tail);
        var quotient = TLanes.Divide(two, d);
        var residual = TLanes.MultiplyAdd(TLanes.Subtract(TLanes.Create(0.0), quotient), d, two);
        var reciprocal = TLanes.Multiply(quotient, TLanes.Create(0.5));
        var quotientLow = TLanes.Multiply(
            TLanes.Subtract(residual, TLanes.Multiply(quotient, dLow)), reciprocal);
        var difference = TLanes.Subtract(one, quotient);
        var differenceLow = TLanes.Subtract(
            TLanes.Subtract(TLanes.Create(0.0), quotient),
            TLanes.Subtract(difference, one));
        return TLanes.Add(difference, TLanes.Subtract(differenceLow, quotientLow));
    }
}
