using Mlp.Networks;

namespace Mlp.Exercises;

/// <summary>Every value of one example's forward and backward pass, layer by layer.</summary>
/// <remarks>Layer index l = 0 is the first weight layer; the last layer's activations are ŷ.</remarks>
public sealed class ExampleTrace
{
    internal ExampleTrace(
        TrainingExample example,
        double loss,
        IReadOnlyList<double[]> preActivations,
        IReadOnlyList<double[]> activations,
        IReadOnlyList<double[]> deltas,
        IReadOnlyList<double[]> activationGradients,
        IReadOnlyList<double[]> activationDerivatives,
        ParameterSet<double> gradients)
    {
        Example = example;
        Loss = loss;
        PreActivations = preActivations;
        Activations = activations;
        Deltas = deltas;
        ActivationGradients = activationGradients;
        ActivationDerivatives = activationDerivatives;
        Gradients = gradients;
    }

    /// <summary>Inputs and targets.</summary>
    public TrainingExample Example { get; }

    /// <summary>Loss of this example.</summary>
    public double Loss { get; }

    /// <summary>z[l] = W[l] h[l−1] + b[l] for every layer.</summary>
    public IReadOnlyList<double[]> PreActivations { get; }

    /// <summary>h[l] = g(z[l]) for every layer; the last is the output ŷ.</summary>
    public IReadOnlyList<double[]> Activations { get; }

    /// <summary>dL/dz[l] for every layer.</summary>
    public IReadOnlyList<double[]> Deltas { get; }

    /// <summary>dL/dh[l] for every hidden layer.</summary>
    public IReadOnlyList<double[]> ActivationGradients { get; }

    /// <summary>
    /// g′(z[l]) for every hidden layer, taken from h[l] as backprop takes it (1 − h² for tanh).
    /// </summary>
    /// <remarks>dL/dz[l] = dL/dh[l] ⊙ g′(z[l]).</remarks>
    public IReadOnlyList<double[]> ActivationDerivatives { get; }

    /// <summary>dL/dW[l] and dL/db[l] of this example alone.</summary>
    public ParameterSet<double> Gradients { get; }
}
