using System.Numerics;
using Mlp.Activations;
using Mlp.LinearAlgebra;

namespace Mlp.Networks;

/// <summary>A fully connected feed-forward network: its shape and its parameters.</summary>
/// <remarks>
/// Layer l (0 is the first weight layer) computes z[l] = W[l] h[l−1] + b[l] and h[l] = g(z[l]),
/// with h[−1] the input. <see cref="Weights"/>[l] has shape [units of l, inputs of l].
/// The network holds no buffers; <see cref="BatchWorkspace{T}"/> holds the values of a pass.
/// </remarks>
/// <typeparam name="T">float or double.</typeparam>
public sealed class MultilayerPerceptron<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates a network whose parameters are all zero.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is neither float nor double.</exception>
    public MultilayerPerceptron(NetworkShape shape)
        : this(shape, new ParameterSet<T>(shape?.LayerSizes ?? throw new ArgumentNullException(nameof(shape))))
    {
    }

    /// <summary>Creates a network over existing parameters, which it shares with the caller.</summary>
    /// <exception cref="ArgumentException">The parameters have other layer sizes.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is neither float nor double.</exception>
    public MultilayerPerceptron(NetworkShape shape, ParameterSet<T> parameters)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(parameters);
        if (typeof(T) != typeof(double) && typeof(T) != typeof(float))
        {
            throw new NotSupportedException($"Networks of {typeof(T).Name} are not supported; use double or float.");
        }

        if (!parameters.HasLayerSizes(shape.LayerSizes))
        {
            throw new ArgumentException(
                $"Parameters for layers [{string.Join(", ", parameters.LayerSizes)}] do not fit " +
                $"layers [{string.Join(", ", shape.LayerSizes)}].",
                nameof(parameters));
        }

        Shape = shape;
        Parameters = parameters;
    }

    /// <summary>Layer sizes and activations.</summary>
    public NetworkShape Shape { get; }

    /// <summary>Every weight and bias.</summary>
    public ParameterSet<T> Parameters { get; }

    /// <summary>Weights of each layer, shape [outputs, inputs].</summary>
    public IReadOnlyList<Matrix<T>> Weights => Parameters.Weights;

    /// <summary>Biases of each layer.</summary>
    public IReadOnlyList<Memory<T>> Biases => Parameters.Biases;

    /// <summary>Number of weight layers.</summary>
    public int LayerCount => Shape.LayerCount;

    /// <summary>Returns the activation of hidden layer <paramref name="layer"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The layer is the output layer or outside the network.</exception>
    public Activation HiddenActivation(int layer)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(layer);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(layer, LayerCount - 1);
        return Shape.HiddenActivations[layer];
    }

    /// <summary>Returns a copy with its own parameters.</summary>
    public MultilayerPerceptron<T> Clone() => new(Shape, Parameters.Clone());
}
