using System.Numerics;
using BenchmarkDotNet.Attributes;
using Mlp.LinearAlgebra;

namespace Mlp.Benchmarks;

/// <summary>
/// The three products of a dense layer on the shapes that matter: scikit-learn's digits network
/// (64 inputs, 50 hidden units, batches of 200), per-example SGD (batch 1), and Fashion-MNIST's
/// 784-256-10 network with batches of 128.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class DenseKernelBenchmarks<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private T[] inputs = [];
    private T[] weights = [];
    private T[] biases = [];
    private T[] preActivations = [];
    private T[] deltas = [];
    private T[] weightGradients = [];
    private T[] inputGradients = [];

    public static IEnumerable<LayerShape> Shapes =>
    [
        new(200, 64, 50),
        new(1, 64, 50),
        new(1, 784, 256),
        new(128, 784, 256),
        new(128, 256, 10),
    ];

    [ParamsSource(nameof(Shapes))]
    public LayerShape Shape { get; set; } = new(1, 1, 1);

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        KernelOptions.MaxDegreeOfParallelism = Threads;
        var random = new Random(42);
        var (batch, inputCount, units) = (Shape.Batch, Shape.Inputs, Shape.Units);
        inputs = RandomValues(random, batch * inputCount);
        weights = RandomValues(random, units * inputCount);
        biases = RandomValues(random, units);
        deltas = RandomValues(random, batch * units);
        preActivations = new T[batch * units];
        weightGradients = new T[units * inputCount];
        inputGradients = new T[batch * inputCount];
    }

    [Benchmark]
    public void Forward() => DenseKernels.Forward<T>(
        inputs, weights, biases, preActivations, Shape.Batch, Shape.Inputs, Shape.Units);

    [Benchmark]
    public void WeightGradients() => DenseKernels.WeightGradients<T>(
        deltas, inputs, weightGradients, Shape.Batch, Shape.Inputs, Shape.Units);

    [Benchmark]
    public void InputGradients() => DenseKernels.InputGradients<T>(
        deltas, weights, inputGradients, Shape.Batch, Shape.Inputs, Shape.Units);

    private static T[] RandomValues(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => T.CreateChecked(random.NextDouble() - 0.5))];
}
