using Mlp.Activations;

namespace Mlp.Networks;

/// <summary>
/// Layer sizes and activations of a fully connected network: the unit counts with the input
/// first (4, 4, 3, 3 is 4 inputs, hidden layers of 4 and 3 units and 3 outputs), one activation
/// per hidden layer, and the output activation.
/// </summary>
public sealed class NetworkShape
{
    /// <summary>Creates a shape with one activation per hidden layer.</summary>
    /// <exception cref="ArgumentException">
    /// Fewer than two layers, a layer without units, a count of hidden activations that differs
    /// from the number of hidden layers, or a softmax output of one unit.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">An activation is not a defined value.</exception>
    public NetworkShape(
        IReadOnlyList<int> layerSizes,
        IReadOnlyList<Activation> hiddenActivations,
        OutputActivation output)
    {
        ArgumentNullException.ThrowIfNull(layerSizes);
        ArgumentNullException.ThrowIfNull(hiddenActivations);
        if (layerSizes.Count < 2)
        {
            throw new ArgumentException(
                $"A network needs an input and an output layer; got {layerSizes.Count} layer(s).",
                nameof(layerSizes));
        }

        for (var i = 0; i < layerSizes.Count; i++)
        {
            if (layerSizes[i] < 1)
            {
                throw new ArgumentException(
                    $"Layer {i} has {layerSizes[i]} units; every layer needs at least 1.",
                    nameof(layerSizes));
            }
        }

        if (hiddenActivations.Count != layerSizes.Count - 2)
        {
            throw new ArgumentException(
                $"{layerSizes.Count - 2} hidden layer(s) need as many activations; " +
                $"got {hiddenActivations.Count}.",
                nameof(hiddenActivations));
        }

        foreach (var activation in hiddenActivations)
        {
            if (!Enum.IsDefined(activation))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(hiddenActivations),
                    activation,
                    $"Hidden activations must be one of {string.Join(", ", Enum.GetNames<Activation>())}.");
            }
        }

        CheckOutput(output, layerSizes[^1]);
        LayerSizes = [.. layerSizes];
        HiddenActivations = [.. hiddenActivations];
        Output = output;
    }

    /// <summary>Unit counts, input first.</summary>
    public IReadOnlyList<int> LayerSizes { get; }

    /// <summary>Activation of each hidden layer, first hidden layer first.</summary>
    public IReadOnlyList<Activation> HiddenActivations { get; }

    /// <summary>Activation of the output layer.</summary>
    public OutputActivation Output { get; }

    /// <summary>Number of weight layers: the layer sizes minus one.</summary>
    public int LayerCount => LayerSizes.Count - 1;

    /// <summary>Number of inputs.</summary>
    public int InputCount => LayerSizes[0];

    /// <summary>Number of outputs.</summary>
    public int OutputCount => LayerSizes[^1];

    /// <summary>Creates a shape whose hidden layers all use one activation.</summary>
    /// <exception cref="ArgumentException">See the main constructor.</exception>
    public static NetworkShape Create(
        IReadOnlyList<int> layerSizes,
        Activation hidden,
        OutputActivation output)
    {
        ArgumentNullException.ThrowIfNull(layerSizes);
        var hiddenCount = Math.Max(layerSizes.Count - 2, 0);
        return new NetworkShape(layerSizes, Enumerable.Repeat(hidden, hiddenCount).ToArray(), output);
    }

    private static void CheckOutput(OutputActivation output, int outputCount)
    {
        if (!Enum.IsDefined(output))
        {
            throw new ArgumentOutOfRangeException(
                nameof(output),
                output,
                $"The output activation must be one of {string.Join(", ", Enum.GetNames<OutputActivation>())}.");
        }

        // Softmax of one unit is the constant 1, so nothing could be learnt from it.
        if (output == OutputActivation.Softmax && outputCount < 2)
        {
            throw new ArgumentException(
                $"A softmax output needs at least 2 units; got {outputCount}. " +
                "Use a logistic output for one unit, as for two classes.",
                nameof(output));
        }
    }

    /// <summary>Number of inputs of weight layer <paramref name="layer"/> (0 is the first).</summary>
    public int InputsOf(int layer) => LayerSizes[layer];

    /// <summary>Number of units of weight layer <paramref name="layer"/> (0 is the first).</summary>
    public int UnitsOf(int layer) => LayerSizes[layer + 1];

    /// <summary>Whether weight layer <paramref name="layer"/> is the output layer.</summary>
    public bool IsOutputLayer(int layer) => layer == LayerCount - 1;
}
