using System.Globalization;

namespace Mlp.Data;

/// <summary>Formats a count with its noun in the singular or plural, for messages: "1 row", "2 rows".</summary>
internal static class CountText
{
    /// <summary>Returns the count and the noun, in the plural unless the count is 1.</summary>
    /// <param name="count">The count.</param>
    /// <param name="singular">The noun for one, such as "row".</param>
    /// <param name="plural">The noun for any other count; by default the singular with an s.</param>
    public static string Format(long count, string singular, string? plural = null) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? singular : plural ?? singular + "s")}";
}
