namespace Mlp.Checking;

/// <summary>How close a written number must be to count as equal to a value.</summary>
/// <remarks>
/// A number written with d decimals is right when it is within half a unit of its last decimal,
/// 0.5 · 10^−d, of the value: what correct rounding gives. A number written without a fraction
/// (such as 0) takes the most decimals of the other numbers of its quantity. When every number
/// of the quantity is written so, they must be exact to 10⁻⁹ relative. A floor of 10⁻¹²
/// relative lets full-precision answers from another program differ in the last bits.
/// </remarks>
public static class AnswerTolerance
{
    /// <summary>Returns the decimals each number is read with (null: exact).</summary>
    public static int?[] EffectiveDecimals(IReadOnlyList<GivenNumber?> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var written = numbers.Where(number => number?.Decimals is not null).ToArray();
        int? fallback = written.Length == 0 ? null : written.Max(number => number!.Value.Decimals);
        return [.. numbers.Select(number => number?.Decimals ?? fallback)];
    }

    /// <summary>Returns the largest distance from <paramref name="value"/> that counts as equal.</summary>
    public static double Of(int? decimals, double value)
    {
        var scale = Math.Max(1, Math.Abs(value));
        if (decimals is null)
        {
            return 1e-9 * scale;
        }

        var halfUnit = 0.5 * Math.Pow(10, -decimals.Value);
        return (halfUnit * (1 + 1e-9)) + (1e-12 * scale);
    }

    /// <summary>Whether every given number is within its tolerance of the candidate value.</summary>
    public static bool Matches(IReadOnlyList<GivenNumber?> given, int?[] decimals, IReadOnlyList<double> candidate)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(decimals);
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Count != given.Count)
        {
            return false;
        }

        for (var i = 0; i < given.Count; i++)
        {
            if (given[i] is { } number
                && !(Math.Abs(number.Value - candidate[i]) <= Of(decimals[i], candidate[i])))
            {
                return false;
            }
        }

        return true;
    }
}
