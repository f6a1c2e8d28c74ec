using System.Text;
using System.Text.RegularExpressions;
using Mlp.Checking;
using Mlp.Rendering;

namespace Mlp.Cli.Commands;

/// <summary>Formats an answer report as plain text.</summary>
internal static partial class AnswerReportText
{
    private const int Width = 80;

    /// <summary>Returns the report: one line per quantity, then the first wrong one in detail.</summary>
    public static string Format(AnswerReport report)
    {
        var output = new StringBuilder();
        var count = report.Verdicts.Count;
        if (count == 0)
        {
            output.Append($"{report.Source} gives no values to check.\n");
            return output.ToString();
        }

        var quantities = count == 1 ? "1 quantity" : $"{count} quantities";
        var allRight = count == 1
            ? $"The quantity in {report.Source} is right.\n\n"
            : $"All {quantities} in {report.Source} are right.\n\n";
        output.Append(report.AllRight
            ? allRight
            : $"Checked {quantities} in {report.Source}: " +
              $"{report.RightCount} right, {report.WrongCount} wrong.\n\n");
        var nameWidth = report.Verdicts.Max(verdict => verdict.Quantity.Name.Length);
        foreach (var verdict in report.Verdicts)
        {
            output.Append(verdict.IsRight ? "  right  " : "  wrong  ")
                .Append(verdict.Quantity.Name.PadRight(nameWidth))
                .Append("  ")
                .Append(verdict.Quantity.Path)
                .Append('\n');
            if (!verdict.IsRight && Explanation(verdict) is { } explanation)
            {
                AppendWrapped(output, explanation, "         ");
            }
        }

        if (report.FirstWrong is { } first)
        {
            AppendFirstWrong(output, first);
        }

        return output.ToString();
    }

    private static void AppendFirstWrong(StringBuilder output, AnswerVerdict verdict)
    {
        var decimals = AnswerTolerance.EffectiveDecimals(verdict.Given);
        var given = verdict.Given.Select(number => number?.Text ?? "—").ToArray();
        var expected = verdict.Expected
            .Select((value, i) => NumberText.Fixed(value, Math.Clamp(decimals[i] ?? 4, 0, RenderOptions.MaxDecimals)))
            .ToArray();
        output.Append('\n')
            .Append($"First wrong: {verdict.Quantity.Name} ({verdict.Quantity.Path})\n")
            .Append($"  given:     {Layout(verdict.Quantity, given)}\n")
            .Append($"  should be: {Layout(verdict.Quantity, expected)}\n");
        if (Explanation(verdict) is { } explanation)
        {
            AppendWrapped(output, explanation, "  ");
        }
    }

    /// <summary>
    /// Appends text after the indent, breaking it into lines of at most 80 columns after a colon
    /// or a comma, so that no formula is split.
    /// </summary>
    private static void AppendWrapped(StringBuilder output, string text, string indent)
    {
        var line = new StringBuilder(indent);
        foreach (var phrase in Phrases().Split(text))
        {
            if (line.Length > indent.Length && line.Length + phrase.Length > Width)
            {
                output.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear().Append(indent).Append("  ");
            }

            line.Append(phrase);
        }

        output.Append(line.ToString().TrimEnd()).Append('\n');
    }

    /// <summary>
    /// Splits after ": " and ", " outside square brackets, keeping the separators with the phrase
    /// before, so that a pair such as [inputs, outputs] stays on one line.
    /// </summary>
    [GeneratedRegex(@"(?<=[:,] )(?![^\[\]]*\])")]
    private static partial Regex Phrases();

    private static string? Explanation(AnswerVerdict verdict)
    {
        if (verdict.CarriedOverFrom is { } source)
        {
            return $"carried over from your wrong {source.Name} ({source.Path}), " +
                "which it follows from correctly";
        }

        if (verdict.Mistake is { } mistake)
        {
            var layout = verdict.WrittenTransposed && mistake == CommonMistake.TransposedWeights
                ? ", written as [inputs, outputs] in place of [outputs, inputs]"
                : "";
            return $"likely mistake: {mistake.Describe()}{layout}";
        }

        return verdict.WrittenTransposed ? "written transposed, as [inputs, outputs]" : null;
    }

    private static string Layout(StepQuantity quantity, string[] cells)
    {
        if (quantity.Kind == QuantityKind.Scalar)
        {
            return cells[0];
        }

        if (quantity.Kind == QuantityKind.Vector)
        {
            return "[" + string.Join(", ", cells) + "]";
        }

        var rows = Enumerable.Range(0, quantity.Rows)
            .Select(row => "[" + string.Join(", ", cells.Skip(row * quantity.Columns).Take(quantity.Columns)) + "]");
        return "[" + string.Join(", ", rows) + "]";
    }
}
