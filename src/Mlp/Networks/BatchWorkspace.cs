using System.Numerics;

namespace Mlp.Networks;

/// <summary>
/// Buffers for the forward and backward pass of a batch: inputs, and for every layer the
/// pre-activations z, activations h, deltas dL/dz and activation gradients dL/dh.
/// </summary>
/// <remarks>
/// Every buffer is one contiguous row-major matrix with one row per example, allocated once for
/// <see cref="Capacity"/> rows, so a training loop reuses the workspace and allocates nothing per
/// step. Accessors return the first <see cref="BatchSize"/> rows. Layer index l = 0 is the first
/// weight layer; <see cref="ActivationGradients"/> exists for hidden layers only.
/// </remarks>
/// <typeparam name="T">float or double.</typeparam>
public sealed class BatchWorkspace<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly int[] layerSizes;
    private readonly T[] inputs;
    private readonly T[][] preActivations;
    private readonly T[][] activations;
    private readonly T[][] deltas;
    private readonly T[][] activationGradients;
    private int batchSize;

    /// <summary>Creates buffers for batches of up to <paramref name="capacity"/> rows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The capacity is less than 1.</exception>
    /// <exception cref="ArgumentException">A buffer would exceed the largest array .NET allows.</exception>
    public BatchWorkspace(NetworkShape shape, int capacity)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var widest = shape.LayerSizes.Max();
        if ((long)capacity * widest > Array.MaxLength)
        {
            throw new ArgumentException(
                $"A batch of {capacity} rows of a layer of {widest} units needs {(long)capacity * widest} " +
                $"values, more than the {Array.MaxLength} one array can hold; use smaller layers or batches.",
                nameof(capacity));
        }

        layerSizes = [.. shape.LayerSizes];
        Capacity = capacity;
        batchSize = capacity;
        inputs = new T[capacity * shape.InputCount];
        var layers = shape.LayerCount;
        preActivations = new T[layers][];
        activations = new T[layers][];
        deltas = new T[layers][];
        activationGradients = new T[layers - 1][];
        for (var l = 0; l < layers; l++)
        {
            var size = capacity * shape.UnitsOf(l);
            preActivations[l] = new T[size];
            activations[l] = new T[size];
            deltas[l] = new T[size];
            if (l < layers - 1)
            {
                activationGradients[l] = new T[size];
            }
        }
    }

    /// <summary>Maximum number of rows.</summary>
    public int Capacity { get; }

    /// <summary>Number of rows of the current batch.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1 or above <see cref="Capacity"/>.</exception>
    public int BatchSize
    {
        get => batchSize;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, Capacity);
            batchSize = value;
        }
    }

    /// <summary>Number of weight layers.</summary>
    public int LayerCount => preActivations.Length;

    /// <summary>Inputs of the batch, shape [batch, inputs].</summary>
    public Span<T> Inputs => inputs.AsSpan(0, batchSize * layerSizes[0]);

    /// <summary>Returns z[l], shape [batch, units of l].</summary>
    public Span<T> PreActivations(int layer) => Rows(preActivations[layer], layer);

    /// <summary>Returns h[l] = g(z[l]), shape [batch, units of l]; the last layer holds ŷ.</summary>
    public Span<T> Activations(int layer) => Rows(activations[layer], layer);

    /// <summary>Returns dL/dz[l], shape [batch, units of l].</summary>
    public Span<T> Deltas(int layer) => Rows(deltas[layer], layer);

    /// <summary>Returns dL/dh[l] of hidden layer l, shape [batch, units of l].</summary>
    public Span<T> ActivationGradients(int layer) => Rows(activationGradients[layer], layer);

    /// <summary>Returns the input of weight layer l: the batch inputs for l = 0, else h[l − 1].</summary>
    public Span<T> LayerInputs(int layer) =>
        layer == 0 ? Inputs : Activations(layer - 1);

    /// <summary>Returns the outputs ŷ, shape [batch, outputs].</summary>
    public Span<T> Outputs => Activations(LayerCount - 1);

    private Span<T> Rows(T[] buffer, int layer) =>
        buffer.AsSpan(0, batchSize * layerSizes[layer + 1]);
}
