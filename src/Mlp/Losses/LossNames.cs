using Mlp.Activations;

namespace Mlp.Losses;

/// <summary>
/// Converts losses to and from their command-line names (<c>squared-error</c>,
/// <c>cross-entropy</c>) and checks that a loss suits an output activation.
/// </summary>
public static class LossNames
{
    /// <summary>Names accepted for losses.</summary>
    public static readonly IReadOnlyList<string> All = ["squared-error", "cross-entropy"];

    /// <summary>Returns the command-line name of a loss.</summary>
    public static string ToName(this Loss loss) => loss switch
    {
        Loss.SquaredError => "squared-error",
        Loss.CrossEntropy => "cross-entropy",
        _ => throw new ArgumentOutOfRangeException(nameof(loss), loss, null),
    };

    /// <summary>Parses a loss name.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="All"/>.</exception>
    public static Loss Parse(string name, string paramName = "loss") =>
        name.Trim().ToLowerInvariant() switch
        {
            "squared-error" or "squared_error" or "mse" => Loss.SquaredError,
            "cross-entropy" or "cross_entropy" or "log-loss" or "log_loss" => Loss.CrossEntropy,
            _ => throw new ArgumentException(
                $"Unknown loss '{name}'; expected one of {string.Join(", ", All)}.",
                paramName),
        };

    /// <summary>Throws unless the loss is defined for the output activation.</summary>
    /// <remarks>Cross-entropy takes the log of the outputs, so it needs outputs in (0, 1).</remarks>
    /// <exception cref="ArgumentException">Cross-entropy with an identity output.</exception>
    public static void EnsureCompatible(OutputActivation output, Loss loss)
    {
        if (loss == Loss.CrossEntropy && output == OutputActivation.Identity)
        {
            throw new ArgumentException(
                "Cross-entropy needs outputs in (0, 1); use a softmax or logistic output, " +
                "or squared error with an identity output.",
                nameof(loss));
        }
    }
}
