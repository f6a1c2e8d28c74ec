using System.Numerics;
using Mlp.LinearAlgebra;

namespace Mlp.Networks;

/// <summary>
/// Weights and biases of every layer in one contiguous vector, or gradients of the same shape.
/// </summary>
/// <remarks>
/// <see cref="Values"/> holds, layer after layer, the weights W[l] of shape [outputs, inputs]
/// (row j holds the incoming weights of unit j, so z = W h + b) followed by the biases b[l].
/// <see cref="Weights"/> and <see cref="Biases"/> are views into it, so an optimizer updates every
/// parameter with one pass over <see cref="Values"/>.
/// </remarks>
/// <typeparam name="T">float or double.</typeparam>
public sealed class ParameterSet<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly int[] layerSizes;

    /// <summary>Creates zeroed parameters for the given unit counts, input first.</summary>
    /// <exception cref="ArgumentException">
    /// Fewer than two layers, a layer without units, or more parameters than one array can hold.
    /// </exception>
    public ParameterSet(IReadOnlyList<int> layerSizes)
    {
        ArgumentNullException.ThrowIfNull(layerSizes);
        if (layerSizes.Count < 2 || layerSizes.Any(size => size < 1))
        {
            throw new ArgumentException(
                $"Layer sizes must be at least two counts of 1 or more; got [{string.Join(", ", layerSizes)}].",
                nameof(layerSizes));
        }

        this.layerSizes = [.. layerSizes];
        var total = 0L;
        for (var l = 0; l + 1 < layerSizes.Count; l++)
        {
            total += layerSizes[l + 1] * (layerSizes[l] + 1L);
        }

        if (total > Array.MaxLength)
        {
            throw new ArgumentException(
                $"Layers [{string.Join(", ", layerSizes)}] need {total} weights and biases, more than " +
                $"the {Array.MaxLength} one array can hold; use smaller layers.",
                nameof(layerSizes));
        }

        Values = new T[total];
        var weights = new Matrix<T>[layerSizes.Count - 1];
        var biases = new Memory<T>[layerSizes.Count - 1];
        var offset = 0;
        for (var l = 0; l < weights.Length; l++)
        {
            var inputs = layerSizes[l];
            var units = layerSizes[l + 1];
            weights[l] = new Matrix<T>(Values.AsMemory(offset, units * inputs), units, inputs);
            offset += units * inputs;
            biases[l] = Values.AsMemory(offset, units);
            offset += units;
        }

        Weights = weights;
        Biases = biases;
    }

    /// <summary>Unit counts, input first.</summary>
    public IReadOnlyList<int> LayerSizes => layerSizes;

    /// <summary>Every parameter: for each layer its weights, row-major, then its biases.</summary>
    public T[] Values { get; }

    /// <summary>Weights of each layer, shape [outputs, inputs].</summary>
    public IReadOnlyList<Matrix<T>> Weights { get; }

    /// <summary>Biases of each layer, length outputs.</summary>
    public IReadOnlyList<Memory<T>> Biases { get; }

    /// <summary>Number of weight layers.</summary>
    public int LayerCount => Weights.Count;

    /// <summary>Whether these parameters are for exactly the given unit counts.</summary>
    public bool HasLayerSizes(IReadOnlyList<int> sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        if (sizes.Count != layerSizes.Length)
        {
            return false;
        }

        for (var i = 0; i < layerSizes.Length; i++)
        {
            if (sizes[i] != layerSizes[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns a copy with its own storage.</summary>
    public ParameterSet<T> Clone()
    {
        var copy = new ParameterSet<T>(layerSizes);
        Values.CopyTo(copy.Values, 0);
        return copy;
    }

    /// <summary>Copies every value into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException">The destination has other layer sizes.</exception>
    public void CopyTo(ParameterSet<T> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (!destination.layerSizes.AsSpan().SequenceEqual(layerSizes))
        {
            throw new ArgumentException(
                $"Layer sizes differ: [{string.Join(", ", layerSizes)}] and " +
                $"[{string.Join(", ", destination.layerSizes)}].",
                nameof(destination));
        }

        Values.CopyTo(destination.Values, 0);
    }

    /// <summary>Whether every value is finite (neither NaN nor infinite).</summary>
    public bool AllFinite()
    {
        foreach (var value in Values)
        {
            if (!T.IsFinite(value))
            {
                return false;
            }
        }

        return true;
    }
}
