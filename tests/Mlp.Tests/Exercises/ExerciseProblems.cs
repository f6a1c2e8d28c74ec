using Mlp.Activations;
using Mlp.Exercises;
using Mlp.Losses;
using Mlp.Networks;

namespace Mlp.Tests.Exercises;

/// <summary>
/// The course exercise: a 4-4-3-3 network with tanh hidden layers and every weight and bias 0.1,
/// the example x = [1, 0, 1, 0], y = [0, 1, 0], learning rate 0.1; the batch variant adds
/// x = [0, 0, 10, 0], y = [0, 0, 1].
/// </summary>
internal static class ExerciseProblems
{
    public static readonly TrainingExample First = new([1.0, 0, 1, 0], [0.0, 1, 0]);

    public static readonly TrainingExample Second = new([0.0, 0, 10, 0], [0.0, 0, 1]);

    public static StepProblem Create(
        OutputActivation output,
        Loss loss,
        GradientReduction reduction = GradientReduction.Sum,
        params TrainingExample[] examples)
    {
        var shape = NetworkShape.Create([4, 4, 3, 3], Activation.Tanh, output);
        var network = new MultilayerPerceptron<double>(shape);
        Initializers.Constant(network, 0.1);
        return new StepProblem(network, loss, 0.1, reduction, examples.Length == 0 ? [First] : examples);
    }

    public static StepProblem IdentitySquaredError(params TrainingExample[] examples) =>
        Create(OutputActivation.Identity, Loss.SquaredError, GradientReduction.Sum, examples);

    public static StepProblem SoftmaxCrossEntropy(params TrainingExample[] examples) =>
        Create(OutputActivation.Softmax, Loss.CrossEntropy, GradientReduction.Sum, examples);
}
