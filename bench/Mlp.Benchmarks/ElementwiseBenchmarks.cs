using System.Numerics;
using BenchmarkDotNet.Attributes;
using Mlp.Activations;
using Mlp.LinearAlgebra;

namespace Mlp.Benchmarks;

/// <summary>
/// The element-wise work of a Fashion-MNIST batch of 128: activations and their derivatives on
/// the 256 hidden units, softmax on the 10 outputs; Path = Scalar runs the one-value-at-a-time
/// code for comparison.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class ElementwiseBenchmarks<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private const int Batch = 128;
    private const int Hidden = 256;
    private const int Outputs = 10;

    private T[] hiddenPreActivations = [];
    private T[] hiddenActivations = [];
    private T[] hiddenDerivatives = [];
    private T[] outputPreActivations = [];
    private T[] outputActivations = [];

    [Params("Vector512", "Scalar")]
    public string Path { get; set; } = "Vector512";

    [GlobalSetup]
    public void Setup()
    {
        KernelOptions.MaximumPath = Enum.Parse<KernelPath>(Path);
        var random = new Random(42);
        hiddenPreActivations = RandomValues(random, Batch * Hidden, 4);
        hiddenActivations = RandomValues(random, Batch * Hidden, 1);
        hiddenDerivatives = new T[Batch * Hidden];
        outputPreActivations = RandomValues(random, Batch * Outputs, 8);
        outputActivations = new T[Batch * Outputs];
    }

    [GlobalCleanup]
    public void Cleanup() => KernelOptions.MaximumPath = KernelPath.Vector512;

    [Benchmark]
    public void Tanh() =>
        ActivationFunctions.Apply<T>(Activation.Tanh, hiddenPreActivations, hiddenActivations);

    [Benchmark]
    public void Logistic() =>
        ActivationFunctions.Apply<T>(Activation.Logistic, hiddenPreActivations, hiddenActivations);

    [Benchmark]
    public void Softmax() => ActivationFunctions.ApplyOutput<T>(
        OutputActivation.Softmax, outputPreActivations, outputActivations, Outputs);

    [Benchmark]
    public void TanhDerivative() =>
        ActivationFunctions.DerivativeFromOutput<T>(
            Activation.Tanh, hiddenActivations, hiddenDerivatives);

    private static T[] RandomValues(Random random, int count, double scale) =>
        [.. Enumerable.Range(0, count)
            .Select(_ => T.CreateChecked(scale * ((2 * random.NextDouble()) - 1)))];
}
