using System.Numerics;
using Mlp.Networks;

namespace Mlp.Estimators;

/// <summary>Runs the forward pass over many rows in chunks, reusing one workspace.</summary>
/// <typeparam name="T">float or double.</typeparam>
internal sealed class NetworkEvaluator<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private const int ChunkRows = 512;
    private readonly MultilayerPerceptron<T> network;
    private readonly BatchWorkspace<T> workspace;

    public NetworkEvaluator(MultilayerPerceptron<T> network, int rows)
    {
        this.network = network;
        workspace = new BatchWorkspace<T>(network.Shape, Math.Clamp(rows, 1, ChunkRows));
    }

    /// <summary>Writes the outputs ŷ of every row into <paramref name="outputs"/>, shape [rows, outputs].</summary>
    public void Predict(ReadOnlySpan<T> inputs, Span<T> outputs)
    {
        var inputCount = network.Shape.InputCount;
        var outputCount = network.Shape.OutputCount;
        var rows = inputs.Length / inputCount;
        for (var start = 0; start < rows; start += workspace.Capacity)
        {
            var size = Math.Min(workspace.Capacity, rows - start);
            workspace.BatchSize = size;
            inputs.Slice(start * inputCount, size * inputCount).CopyTo(workspace.Inputs);
            Backpropagation.Forward(network, workspace);
            workspace.Outputs.CopyTo(outputs.Slice(start * outputCount, size * outputCount));
        }
    }
}
