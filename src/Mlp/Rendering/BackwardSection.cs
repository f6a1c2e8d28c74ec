using Mlp.Activations;
using Mlp.Exercises;
using Mlp.Losses;

namespace Mlp.Rendering;

/// <summary>The backward pass of one example of a worked solution, from the output down.</summary>
internal static class BackwardSection
{
    public static void Add(DocumentBuilder builder, StepProblem problem, ExampleTrace trace, string title)
    {
        var network = problem.Network;
        var layers = network.LayerCount;
        builder.Heading(2, title);
        AddOutputDelta(builder, problem, trace);
        for (var l = layers - 1; l >= 0; l--)
        {
            var layer = l + 1;
            builder.Heading(3, $"Layer {layer}");
            var deltas = MatrixTerm.Column(trace.Deltas[l]);
            var below = l == 0 ? [.. trace.Example.Inputs] : trace.Activations[l - 1];
            builder.Equation(
                [Notation.Gradient(Notation.W(layer))],
                [Notation.Gradient(Notation.Z(layer)), Notation.Transposed(Notation.H(l))],
                [deltas, MatrixTerm.Row(below)],
                [WorkedSolution.Matrix(trace.Gradients.Weights[l])]);
            builder.Equation(
                [Notation.Gradient(Notation.B(layer))],
                [Notation.Gradient(Notation.Z(layer))],
                [MatrixTerm.Column(trace.Gradients.Biases[l].ToArray())]);
            if (l > 0)
            {
                AddHiddenDelta(builder, problem, trace, l);
            }
        }
    }

    private static void AddOutputDelta(DocumentBuilder builder, StepProblem problem, ExampleTrace trace)
    {
        var last = problem.Network.LayerCount;
        var delta = Notation.Gradient(Notation.Z(last));
        var outputs = MatrixTerm.Column(trace.Activations[^1]);
        var targets = MatrixTerm.Column([.. trace.Example.Targets]);
        var result = MatrixTerm.Column(trace.Deltas[^1]);
        switch (problem.Loss, problem.Network.Shape.Output)
        {
            case (Loss.SquaredError, OutputActivation.Identity):
                builder.Paragraph(
                    "The output is the identity, ",
                    new Symbol("ŷ = z", @"\hat{y} = z"),
                    ", so the derivative of ",
                    Formulas.SquaredErrorSum,
                    " with respect to z is ",
                    new Symbol("ŷ − y", @"\hat{y} - y"),
                    ":");
                AddDifference(builder, delta, Notation.YHat, outputs, targets, result);
                break;
            case (Loss.CrossEntropy, OutputActivation.Softmax):
                builder.Paragraph(
                    "For a softmax output with cross-entropy the softmax Jacobian ",
                    new Symbol("∂pᵢ/∂zₖ = pᵢ (δᵢₖ − pₖ)", @"\partial p_i / \partial z_k = p_i (\delta_{ik} - p_k)"),
                    " cancels the 1/p of the log, and the targets sum to 1, so the derivative is ",
                    new Symbol("p − y", "p - y"),
                    ":");
                AddDifference(builder, delta, Notation.P, outputs, targets, result);
                break;
            case (Loss.CrossEntropy, _):
                builder.Paragraph(
                    "For a logistic output with binary cross-entropy ",
                    new Symbol("σ′ = σ (1 − σ)", @"\sigma' = \sigma (1 - \sigma)"),
                    " cancels the denominators of the log-loss, so the derivative is ",
                    new Symbol("ŷ − y", @"\hat{y} - y"),
                    ":");
                AddDifference(builder, delta, Notation.YHat, outputs, targets, result);
                break;
            case (_, OutputActivation.Logistic):
                builder.Paragraph(
                    "With a logistic output and squared error nothing cancels: the error ",
                    new Symbol("ŷ − y", @"\hat{y} - y"),
                    " is multiplied by ",
                    new Symbol("σ′(z) = ŷ (1 − ŷ)", @"\sigma'(z) = \hat{y} (1 - \hat{y})"),
                    ":");
                builder.Equation(
                    [delta],
                    [new Symbol("(ŷ − y) ⊙ ŷ ⊙ (1 − ŷ)", @"(\hat{y} - y) \odot \hat{y} \odot (1 - \hat{y})")],
                    [result]);
                break;
            default:
                builder.Paragraph(
                    "With a softmax output and squared error the error ",
                    new Symbol("g = p − y", "g = p - y"),
                    " goes through the softmax Jacobian, ",
                    new Symbol(
                        "∂L/∂zⱼ = pⱼ (gⱼ − Σₖ pₖ gₖ)",
                        @"\partial L / \partial z_j = p_j (g_j - \sum_k p_k g_k)"),
                    ":");
                builder.Equation(
                    [delta],
                    [new Symbol("p ⊙ (g − (pᵀg) 1)", @"p \odot (g - (p^{\top} g)\,\mathbf{1})")],
                    [result]);
                break;
        }
    }

    /// <summary>Adds δ = o − y with the outputs o (ŷ or p) and targets written out.</summary>
    private static void AddDifference(
        DocumentBuilder builder,
        Symbol delta,
        Symbol output,
        MatrixTerm outputs,
        MatrixTerm targets,
        MatrixTerm result) =>
        builder.Equation(
            [delta],
            [output, Notation.Minus, Notation.Y],
            [outputs, Notation.Minus, targets],
            [result]);

    private static void AddHiddenDelta(DocumentBuilder builder, StepProblem problem, ExampleTrace trace, int l)
    {
        var layer = l + 1;
        var activation = problem.Network.Shape.HiddenActivations[l - 1];
        var activationGradient = Notation.Gradient(Notation.H(l));
        builder.Equation(
            [activationGradient],
            [Notation.Transposed(Notation.W(layer)), Notation.Gradient(Notation.Z(layer))],
            [Transposed(problem.Network.Weights[l]), MatrixTerm.Column(trace.Deltas[l])],
            [MatrixTerm.Column(trace.ActivationGradients[l - 1])]);
        builder.Paragraph(DerivativeExplanation(activation));
        builder.Equation(
            [Notation.Gradient(Notation.Z(l))],
            [activationGradient, Notation.Hadamard, Notation.Derivative(l)],
            [activationGradient, Notation.Hadamard, Notation.DerivativeFromActivation(activation, l)],
            [
                MatrixTerm.Column(trace.ActivationGradients[l - 1]), Notation.Hadamard,
                MatrixTerm.Column(trace.ActivationDerivatives[l - 1]),
            ],
            [MatrixTerm.Column(trace.Deltas[l - 1])]);
    }

    private static object[] DerivativeExplanation(Activation activation) => activation switch
    {
        Activation.Tanh =>
        [
            "For tanh, ",
            new Symbol("g′(z) = 1 − tanh²(z) = 1 − h²", @"g'(z) = 1 - \tanh^2(z) = 1 - h^2"),
            ", so the derivative is taken from h:",
        ],
        Activation.Logistic =>
        [
            "For the logistic function, ",
            new Symbol("g′(z) = σ(z) (1 − σ(z)) = h (1 − h)", @"g'(z) = \sigma(z) (1 - \sigma(z)) = h (1 - h)"),
            ", so the derivative is taken from h:",
        ],
        Activation.Relu =>
        [
            "For relu, ",
            new Symbol("g′(z)", "g'(z)"),
            " is 1 where z > 0 (that is, where h > 0) and 0 elsewhere:",
        ],
        _ => ["For the identity, ", new Symbol("g′(z) = 1", "g'(z) = 1"), ":"],
    };

    private static MatrixTerm Transposed(LinearAlgebra.Matrix<double> matrix)
    {
        var values = new double[matrix.Rows * matrix.Columns];
        for (var row = 0; row < matrix.Rows; row++)
        {
            for (var column = 0; column < matrix.Columns; column++)
            {
                values[(column * matrix.Rows) + row] = matrix[row, column];
            }
        }

        return new MatrixTerm(matrix.Columns, matrix.Rows, values);
    }
}
