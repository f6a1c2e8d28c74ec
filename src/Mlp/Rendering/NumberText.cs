using System.Globalization;

namespace Mlp.Rendering;

/// <summary>Formats numbers for worked solutions with the invariant culture.</summary>
public static class NumberText
{
    /// <summary>
    /// Returns the value with exactly <paramref name="decimals"/> digits after the point; a value
    /// that rounds to zero prints without a minus sign.
    /// </summary>
    public static string Fixed(double value, int decimals)
    {
        var text = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text.StartsWith('-') && text.AsSpan(1).IndexOfAnyExcept("0.") < 0 ? text[1..] : text;
    }

    /// <summary>Returns the shortest text that reads back as the same double, such as <c>0.1</c>.</summary>
    public static string Shortest(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Returns the value in scientific notation with the given significant digits.</summary>
    public static string Scientific(double value, int significantDigits)
    {
        var format = "0." + new string('0', Math.Max(significantDigits - 1, 0)) + "E+00";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }
}
