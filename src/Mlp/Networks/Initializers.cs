using System.Numerics;
using Mlp.Activations;
using Mlp.Randomness;

namespace Mlp.Networks;

/// <summary>Sets the initial weights and biases of a network.</summary>
public static class Initializers
{
    /// <summary>Sets every weight and bias to <paramref name="value"/> (exercises use 0.1).</summary>
    public static void Constant<T>(MultilayerPerceptron<T> network, T value)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        network.Parameters.Values.AsSpan().Fill(value);
    }

    /// <summary>
    /// Draws every weight and bias uniformly from [−b, b] with b = √(f / (fan_in + fan_out)), in
    /// the order and from the stream that scikit-learn's MLP estimators use.
    /// </summary>
    /// <remarks>
    /// Glorot and Bengio, "Understanding the difficulty of training deep feedforward neural
    /// networks", AISTATS 2010. As scikit-learn 1.2 does: f = 2 when
    /// <paramref name="activation"/> is logistic and 6 otherwise, for every layer including the
    /// output layer; layer after layer, the weights are drawn with NumPy's legacy
    /// <c>uniform(−b, b, (fan_in, fan_out))</c>, filling the [inputs, outputs] matrix row by row
    /// (so W[l] here receives them transposed), then the biases with <c>uniform(−b, b, fan_out)</c>.
    /// Values are drawn in double and rounded once for float, as scikit-learn casts them.
    /// </remarks>
    /// <param name="network">Network whose parameters are overwritten.</param>
    /// <param name="random">Stream to draw from; scikit-learn's <c>random_state</c>.</param>
    /// <param name="activation">
    /// scikit-learn's <c>activation</c> option, which sets the bound of every layer.
    /// </param>
    public static void GlorotUniform<T>(
        MultilayerPerceptron<T> network,
        NumPyRandomState random,
        Activation activation)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(random);
        var factor = activation == Activation.Logistic ? 2.0 : 6.0;
        for (var l = 0; l < network.LayerCount; l++)
        {
            var weights = network.Weights[l];
            var fanIn = weights.Columns;
            var fanOut = weights.Rows;
            var bound = Math.Sqrt(factor / (fanIn + fanOut));
            for (var input = 0; input < fanIn; input++)
            {
                for (var unit = 0; unit < fanOut; unit++)
                {
                    weights[unit, input] = T.CreateChecked(random.Uniform(-bound, bound));
                }
            }

            var biases = network.Biases[l].Span;
            for (var unit = 0; unit < fanOut; unit++)
            {
                biases[unit] = T.CreateChecked(random.Uniform(-bound, bound));
            }
        }
    }
}
