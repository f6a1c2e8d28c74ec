using System.Globalization;

namespace Mlp.Checking;

/// <summary>A number as a student wrote it: its value and how many decimals it was written with.</summary>
/// <param name="Value">The number.</param>
/// <param name="Text">The number's text in the answers file, such as <c>0.2913</c>.</param>
/// <param name="Decimals">
/// Decimal places of the text: 4 for <c>0.2913</c>, 3 for <c>1.5e-2</c>, −2 for <c>3e2</c>, and
/// null for a number without a fraction or exponent such as <c>0</c>, whose precision follows
/// the other numbers of its quantity.
/// </param>
public readonly record struct GivenNumber(double Value, string Text, int? Decimals)
{
    /// <summary>Reads a JSON number's text.</summary>
    /// <exception cref="FormatException">The text is not a JSON number.</exception>
    public static GivenNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        var exponentAt = text.IndexOfAny(['e', 'E']);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var exponent = exponentAt < 0
            ? 0
            : int.Parse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.');
        if (point < 0 && exponentAt < 0)
        {
            return new GivenNumber(value, text, null);
        }

        var fractionDigits = point < 0 ? 0 : mantissa.Length - point - 1;
        return new GivenNumber(value, text, fractionDigits - exponent);
    }
}
