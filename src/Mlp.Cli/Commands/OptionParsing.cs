using System.Globalization;

namespace Mlp.Cli.Commands;

/// <summary>Parses the comma-separated lists and numbers of command-line options.</summary>
internal static class OptionParsing
{
    /// <summary>Parses whole numbers separated by commas, each at least 1.</summary>
    /// <exception cref="OptionValueException">An entry is empty, not a whole number, or below 1.</exception>
    public static int[] ParseCounts(string option, string text)
    {
        var entries = text.Split(',');
        var counts = new int[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i].Trim();
            if (entry.Length == 0)
            {
                throw OptionValueException.ForValue(
                    option,
                    text,
                    $"entry {i + 1} is empty; expected whole numbers separated by commas, such as 4,4,3,3.");
            }

            var parsed = int.TryParse(entry, NumberStyles.None, CultureInfo.InvariantCulture, out counts[i]);
            if (!parsed || counts[i] < 1)
            {
                throw OptionValueException.ForValue(
                    option,
                    text,
                    $"'{entry}' is not a unit count; expected whole numbers of 1 or more, such as 4,4,3,3.");
            }
        }

        if (counts.Length < 2)
        {
            throw OptionValueException.ForValue(
                option, text, "a network needs at least an input and an output layer, such as 4,3.");
        }

        return counts;
    }

    /// <summary>Parses finite numbers separated by commas.</summary>
    /// <param name="option">Option name for messages.</param>
    /// <param name="value">Whole option value for messages.</param>
    /// <param name="text">The part of the value to parse.</param>
    /// <param name="what">What the numbers are, such as "inputs".</param>
    /// <exception cref="OptionValueException">An entry is empty or not a finite number.</exception>
    public static double[] ParseNumbers(string option, string value, string text, string what)
    {
        var entries = text.Split(',');
        var numbers = new double[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            numbers[i] = ParseNumber(option, value, entries[i].Trim(), $"{what} entry {i + 1}");
        }

        return numbers;
    }

    /// <summary>Parses one finite number.</summary>
    /// <exception cref="OptionValueException">The text is empty or not a finite number.</exception>
    public static double ParseNumber(string option, string value, string text, string what)
    {
        if (text.Length == 0)
        {
            throw OptionValueException.ForValue(option, value, $"{what} is empty; expected a number such as 0.5.");
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number))
        {
            throw OptionValueException.ForValue(
                option, value, $"{what} '{text}' is not a number; expected a number such as 0.5 or -1e-3.");
        }

        return number;
    }
}
