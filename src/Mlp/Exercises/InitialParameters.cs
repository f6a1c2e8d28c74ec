using System.Globalization;
using Mlp.Activations;
using Mlp.Networks;
using Mlp.Randomness;

namespace Mlp.Exercises;

/// <summary>
/// How an exercise sets its initial weights and biases: one constant for all of them, or
/// Glorot-uniform draws from NumPy's stream with a seed.
/// </summary>
/// <param name="Value">The constant, when <paramref name="Seed"/> is null.</param>
/// <param name="Seed">Seed of <see cref="NumPyRandomState"/> for Glorot-uniform draws, or null.</param>
public sealed record InitialParameters(double Value, uint? Seed)
{
    /// <summary>Text form accepted by <see cref="Parse"/> for Glorot-uniform draws.</summary>
    public const string GlorotPrefix = "glorot:";

    /// <summary>Every weight and bias 0.1, as the course exercises set them.</summary>
    public static InitialParameters Default { get; } = new(0.1, null);

    /// <summary>
    /// Parses a constant such as <c>0.1</c> or <c>glorot:SEED</c> with SEED from 0 to 4294967295.
    /// </summary>
    /// <exception cref="FormatException">The text is neither form.</exception>
    public static InitialParameters Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.StartsWith(GlorotPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var seedText = trimmed[GlorotPrefix.Length..];
            if (uint.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
            {
                return new InitialParameters(0, seed);
            }

            throw new FormatException(
                $"'{text}' has an invalid seed '{seedText}'; expected glorot:SEED with SEED a whole " +
                "number from 0 to 4294967295, such as glorot:0.");
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            return new InitialParameters(value, null);
        }

        throw new FormatException(
            $"'{text}' is neither a number nor glorot:SEED; expected a constant such as 0.1 or " +
            "glorot:SEED such as glorot:0.");
    }

    /// <summary>Creates a network of the given shape with these initial parameters.</summary>
    /// <remarks>
    /// Glorot-uniform draws follow <see cref="Initializers.GlorotUniform"/>, whose bound depends
    /// on scikit-learn's single <c>activation</c>: the first hidden layer's activation is used,
    /// and relu (scikit-learn's default) when there is no hidden layer.
    /// </remarks>
    public MultilayerPerceptron<double> CreateNetwork(NetworkShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var network = new MultilayerPerceptron<double>(shape);
        if (Seed is { } seed)
        {
            var activation = shape.HiddenActivations.Count > 0 ? shape.HiddenActivations[0] : Activation.Relu;
            Initializers.GlorotUniform(network, new NumPyRandomState(seed), activation);
        }
        else
        {
            Initializers.Constant(network, Value);
        }

        return network;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        Seed is { } seed ? $"{GlorotPrefix}{seed}" : Value.ToString("R", CultureInfo.InvariantCulture);
}
