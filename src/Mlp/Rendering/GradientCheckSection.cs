using Mlp.Checking;

namespace Mlp.Rendering;

/// <summary>The table of a gradient check in a worked solution.</summary>
internal static class GradientCheckSection
{
    public static void Add(DocumentBuilder builder, GradientCheckResult result, int section)
    {
        builder.Heading(2, $"{section}. Gradient check");
        builder.Paragraph(
            "Each backprop gradient a beside a central-difference estimate n of the summed loss, ",
            new Symbol(
                "n = (L(θ − 2ε) − 8 L(θ − ε) + 8 L(θ + ε) − L(θ + 2ε)) / 12ε",
                @"n = \frac{L(\theta - 2\varepsilon) - 8 L(\theta - \varepsilon) "
                + @"+ 8 L(\theta + \varepsilon) - L(\theta + 2\varepsilon)}{12 \varepsilon}"),
            " with ",
            new Symbol("ε = " + NumberText.Shortest(result.Step), @"\varepsilon = " + NumberText.Shortest(result.Step)),
            ". The relative error is ",
            new Symbol("|a − n| / max(|a|, |n|, 1e-6)", @"|a - n| / \max(|a|, |n|, 10^{-6})"),
            ".");
        var rows = result.Entries.Select(entry => (IReadOnlyList<string>)
        [
            ParameterName(entry),
            NumberText.Scientific(entry.Backprop, 6),
            NumberText.Scientific(entry.Numeric, 6),
            NumberText.Scientific(entry.RelativeError, 2),
            entry.Agrees ? "yes" : "NO",
        ]).ToList();
        builder.Add(new Table(
            ["parameter", "backprop", "central difference", "relative error", "agrees"],
            rows,
            [false, true, true, true, false]));
        var disagreeing = result.Entries.Count(entry => !entry.Agrees);
        var tolerance = NumberText.Shortest(result.Tolerance);
        var largest = NumberText.Scientific(result.MaxRelativeError, 2);
        builder.Paragraph(disagreeing == 0
            ? $"All {result.Entries.Count} gradients agree: the largest relative error is {largest}, " +
              $"within {tolerance}."
            : $"{disagreeing} of {result.Entries.Count} gradients disagree: the largest relative error is " +
              $"{largest}, above {tolerance}.");
    }

    /// <summary>Returns W[l][i,j] or b[l][i], numbered from 1 like the rest of the solution.</summary>
    private static string ParameterName(GradientCheckEntry entry) => entry.Kind == ParameterKind.Weight
        ? $"W[{entry.Layer + 1}][{entry.Row + 1},{entry.Column + 1}]"
        : $"b[{entry.Layer + 1}][{entry.Row + 1}]";
}
