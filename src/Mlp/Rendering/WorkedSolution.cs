using Mlp.Activations;
using Mlp.Checking;
using Mlp.Exercises;
using Mlp.Losses;
using Mlp.Networks;

namespace Mlp.Rendering;

/// <summary>
/// Builds the worked solution of one gradient-descent step in the order a teacher writes it:
/// the problem, each example's forward pass, loss and backward pass, the gradient of the batch,
/// the update, and optionally a gradient check.
/// </summary>
/// <remarks>
/// Every number printed is a value of the <see cref="StepSolution"/>, which the engine computed,
/// or of the problem; derivatives g′ come from <see cref="ExampleTrace.ActivationDerivatives"/>.
/// Layers are numbered from 1: W[1] is the first weight matrix (index 0 of the JSON lists).
/// </remarks>
public static class WorkedSolution
{
    /// <summary>Returns the document of a solved step.</summary>
    /// <param name="solution">The step.</param>
    /// <param name="gradientCheck">A gradient check of the same problem to append, or null.</param>
    public static Document Build(StepSolution solution, GradientCheckResult? gradientCheck = null)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var builder = new DocumentBuilder();
        var problem = solution.Problem;
        var batch = solution.Examples.Count;
        builder.Heading(1, batch == 1
            ? "Worked solution: one gradient-descent step"
            : $"Worked solution: one gradient-descent step on a batch of {batch} examples");
        builder.Paragraph(
            "Layers are numbered from 1: W[1] is the first weight matrix and h[0] = x is the input. ",
            "Vectors are columns.");
        var section = 1;
        AddProblem(builder, problem, section++);
        for (var n = 0; n < batch; n++)
        {
            var trace = solution.Examples[n];
            var label = batch == 1 ? "" : $"Example {n + 1}: ";
            ExampleSections.AddForward(builder, problem, trace, Title(section++, label, "forward pass"));
            ExampleSections.AddLoss(builder, problem, trace, Title(section++, label, "loss"));
            BackwardSection.Add(builder, problem, trace, Title(section++, label, "backward pass"));
        }

        if (batch > 1)
        {
            UpdateSection.AddBatchGradient(builder, solution, section++);
        }

        UpdateSection.AddUpdate(builder, solution, section++);
        if (gradientCheck is not null)
        {
            GradientCheckSection.Add(builder, gradientCheck, section);
        }

        return builder.Build();
    }

    private static void AddProblem(DocumentBuilder builder, StepProblem problem, int section)
    {
        var shape = problem.Network.Shape;
        builder.Heading(2, $"{section}. Network, loss and learning rate");
        builder.Paragraph(DescribeLayers(shape));
        builder.Paragraph(LossDescription(problem.Loss, shape.Output));
        builder.Paragraph("Learning rate ", Notation.Eta, " = ", Notation.Number(problem.LearningRate), ".");
        if (problem.Examples.Count > 1)
        {
            builder.Paragraph(problem.Reduction == GradientReduction.Sum
                ? $"The step uses the sum of the gradients of the {problem.Examples.Count} examples."
                : $"The step uses the mean of the gradients of the {problem.Examples.Count} examples.");
        }

        builder.Paragraph("Initial weights and biases:");
        for (var l = 0; l < problem.Network.LayerCount; l++)
        {
            var weights = problem.Network.Weights[l];
            builder.Equation([Notation.W(l + 1)], [Matrix(weights)]);
            builder.Equation([Notation.B(l + 1)], [MatrixTerm.Column(problem.Network.Biases[l].ToArray())]);
        }

        for (var n = 0; n < problem.Examples.Count; n++)
        {
            var example = problem.Examples[n];
            builder.Paragraph(problem.Examples.Count == 1 ? "The example:" : $"Example {n + 1}:");
            builder.Equation([
                Notation.X, Notation.EqualsSign, MatrixTerm.Column([.. example.Inputs]), Notation.Gap,
                Notation.Y, Notation.EqualsSign, MatrixTerm.Column([.. example.Targets])]);
        }
    }

    private static string Title(int section, string label, string phase) =>
        label.Length == 0 ? $"{section}. {char.ToUpperInvariant(phase[0])}{phase[1..]}" : $"{section}. {label}{phase}";

    /// <summary>Returns a weight matrix as a term.</summary>
    internal static MatrixTerm Matrix(LinearAlgebra.Matrix<double> matrix) =>
        new(matrix.Rows, matrix.Columns, matrix.AsSpan().ToArray());

    private static string DescribeLayers(NetworkShape shape)
    {
        var hidden = Enumerable.Range(0, shape.LayerCount - 1)
            .Select(l => $"{shape.UnitsOf(l)} ({shape.HiddenActivations[l].ToName()})")
            .ToArray();
        var hiddenText = hidden.Length switch
        {
            0 => "no hidden layer",
            1 => $"a hidden layer of {hidden[0]} units",
            _ => $"hidden layers of {string.Join(", ", hidden[..^1])} and {hidden[^1]} units",
        };
        return $"Layers {string.Join("-", shape.LayerSizes)}: {shape.InputCount} inputs, {hiddenText}, " +
            $"{shape.OutputCount} outputs ({shape.Output.ToName()}).";
    }

    private static object[] LossDescription(Loss loss, OutputActivation output) => (loss, output) switch
    {
        (Loss.SquaredError, _) => ["Loss: squared error, ", Formulas.SquaredError, "."],
        (Loss.CrossEntropy, OutputActivation.Softmax) => ["Loss: cross-entropy, ", Formulas.CrossEntropy, "."],
        _ => ["Loss: binary cross-entropy per output, ", Formulas.BinaryCrossEntropy, "."],
    };
}
