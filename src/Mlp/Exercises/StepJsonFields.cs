namespace Mlp.Exercises;

/// <summary>
/// Field names of the JSON form of a step: the output of <see cref="StepSolutionJson"/>, the
/// answers files that the answer checker reads, and the problem files.
/// </summary>
/// <remarks>
/// Layer lists are 0-based: index 0 holds the first weight layer, which worked solutions print
/// as layer 1. Matrices are lists of rows; row j of a weight matrix holds the incoming weights
/// of unit j.
/// </remarks>
public static class StepJsonFields
{
    /// <summary>Object that describes the network and the step.</summary>
    public const string Network = "network";

    /// <summary>Unit counts, input first.</summary>
    public const string Layers = "layers";

    /// <summary>
    /// Activation names of the hidden layers (in <see cref="Network"/>), or h[l] of every layer
    /// (in an example).
    /// </summary>
    public const string Activations = "activations";

    /// <summary>Name of the output activation.</summary>
    public const string Output = "output";

    /// <summary>Loss name (in <see cref="Network"/>), or a loss value.</summary>
    public const string Loss = "loss";

    /// <summary>Learning rate η.</summary>
    public const string LearningRate = "learningRate";

    /// <summary>How the examples' gradients combine: <c>sum</c> or <c>mean</c>.</summary>
    public const string Reduction = "reduction";

    /// <summary>Parameters before the step.</summary>
    public const string Initial = "initial";

    /// <summary>Weight matrices, one per layer, each a list of rows.</summary>
    public const string Weights = "weights";

    /// <summary>Bias vectors, one per layer.</summary>
    public const string Biases = "biases";

    /// <summary>The examples of the step, in order.</summary>
    public const string Examples = "examples";

    /// <summary>Inputs x of an example.</summary>
    public const string Inputs = "inputs";

    /// <summary>Targets y of an example.</summary>
    public const string Targets = "targets";

    /// <summary>z[l] of every layer of an example.</summary>
    public const string PreActivations = "preActivations";

    /// <summary>dL/dh[l] of every hidden layer of an example.</summary>
    public const string ActivationGradients = "activationGradients";

    /// <summary>g′(z[l]) of every hidden layer of an example.</summary>
    public const string ActivationDerivatives = "activationDerivatives";

    /// <summary>dL/dz[l] of every layer of an example.</summary>
    public const string Deltas = "deltas";

    /// <summary>dL/dW and dL/db: of one example, or of the step after the reduction.</summary>
    public const string Gradients = "gradients";

    /// <summary>Parameters after the update.</summary>
    public const string Updated = "updated";

    /// <summary>Result of the central-difference gradient check, when one was run.</summary>
    public const string GradientCheck = "gradientCheck";
}
