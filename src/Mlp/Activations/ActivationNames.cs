namespace Mlp.Activations;

/// <summary>
/// Converts activations to and from the lower-case names used on the command line, in files and
/// by scikit-learn (<c>identity</c>, <c>logistic</c>, <c>tanh</c>, <c>relu</c>, <c>softmax</c>).
/// </summary>
public static class ActivationNames
{
    /// <summary>Names accepted for hidden layers, in the order shown in messages.</summary>
    public static readonly IReadOnlyList<string> Hidden = ["identity", "logistic", "tanh", "relu"];

    /// <summary>Names accepted for the output layer.</summary>
    public static readonly IReadOnlyList<string> Output = ["identity", "logistic", "softmax"];

    /// <summary>Returns the name of a hidden activation.</summary>
    public static string ToName(this Activation activation) => activation switch
    {
        Activation.Identity => "identity",
        Activation.Logistic => "logistic",
        Activation.Tanh => "tanh",
        Activation.Relu => "relu",
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, null),
    };

    /// <summary>Returns the name of an output activation.</summary>
    public static string ToName(this OutputActivation activation) => activation switch
    {
        OutputActivation.Identity => "identity",
        OutputActivation.Logistic => "logistic",
        OutputActivation.Softmax => "softmax",
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, null),
    };

    /// <summary>Parses a hidden activation name.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Hidden"/>.</exception>
    public static Activation ParseHidden(string name, string paramName = "activation") =>
        name.Trim().ToLowerInvariant() switch
        {
            "identity" => Activation.Identity,
            "logistic" or "sigmoid" => Activation.Logistic,
            "tanh" => Activation.Tanh,
            "relu" => Activation.Relu,
            _ => throw new ArgumentException(
                $"Unknown hidden activation '{name}'; expected one of {string.Join(", ", Hidden)}.",
                paramName),
        };

    /// <summary>Parses an output activation name.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Output"/>.</exception>
    public static OutputActivation ParseOutput(string name, string paramName = "output") =>
        name.Trim().ToLowerInvariant() switch
        {
            "identity" => OutputActivation.Identity,
            "logistic" or "sigmoid" => OutputActivation.Logistic,
            "softmax" => OutputActivation.Softmax,
            _ => throw new ArgumentException(
                $"Unknown output activation '{name}'; expected one of {string.Join(", ", Output)}.",
                paramName),
        };
}
