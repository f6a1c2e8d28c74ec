namespace Mlp.Rendering;

/// <summary>
/// Step-by-step derivations of the derivatives that backprop uses, as documents to render in
/// any <see cref="DocumentFormat"/>.
/// </summary>
public static class Derivations
{
    private static readonly Dictionary<string, Func<Document>> Builders = new()
    {
        ["tanh"] = ActivationDerivations.Tanh,
        ["logistic"] = ActivationDerivations.Logistic,
        ["relu"] = ActivationDerivations.Relu,
        ["softmax-cross-entropy"] = LossDerivations.SoftmaxCrossEntropy,
        ["logistic-cross-entropy"] = LossDerivations.LogisticCrossEntropy,
        ["squared-error"] = LossDerivations.SquaredError,
    };

    /// <summary>Names of the derivations, in the order shown in help and messages.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Builders.Keys];

    /// <summary>Returns the derivation called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No derivation has that name.</exception>
    public static Document Build(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Builders.TryGetValue(name.Trim().ToLowerInvariant(), out var build)
            ? build()
            : throw new ArgumentException(
                $"Unknown derivation '{name}'; expected one of {string.Join(", ", Names)}.",
                nameof(name));
    }

    /// <summary>Returns an equation whose sides are the given formulas.</summary>
    internal static Term[][] Chain(params Symbol[] sides) => [.. sides.Select(side => new Term[] { side })];
}
