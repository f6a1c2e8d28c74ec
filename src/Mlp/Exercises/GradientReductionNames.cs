namespace Mlp.Exercises;

/// <summary>Converts gradient reductions to and from their names, <c>sum</c> and <c>mean</c>.</summary>
public static class GradientReductionNames
{
    /// <summary>Names accepted for reductions.</summary>
    public static readonly IReadOnlyList<string> All = ["sum", "mean"];

    /// <summary>Returns the name of a reduction.</summary>
    public static string ToName(GradientReduction reduction) => reduction switch
    {
        GradientReduction.Sum => "sum",
        GradientReduction.Mean => "mean",
        _ => throw new ArgumentOutOfRangeException(nameof(reduction), reduction, null),
    };

    /// <summary>Parses a reduction name.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="All"/>.</exception>
    public static GradientReduction Parse(string name, string paramName = "reduction") =>
        name.Trim().ToLowerInvariant() switch
        {
            "sum" => GradientReduction.Sum,
            "mean" => GradientReduction.Mean,
            _ => throw new ArgumentException(
                $"Unknown reduction '{name}'; expected one of {string.Join(", ", All)}.",
                paramName),
        };
}
