using Mlp.Activations;
using Mlp.Exercises;
using Mlp.Losses;

namespace Mlp.Rendering;

/// <summary>The forward pass and the loss of one example of a worked solution.</summary>
internal static class ExampleSections
{
    public static void AddForward(DocumentBuilder builder, StepProblem problem, ExampleTrace trace, string title)
    {
        var network = problem.Network;
        var shape = network.Shape;
        builder.Heading(2, title);
        builder.Equation([Notation.H(0)], [Notation.X], [MatrixTerm.Column([.. trace.Example.Inputs])]);
        for (var l = 0; l < network.LayerCount; l++)
        {
            var below = l == 0 ? [.. trace.Example.Inputs] : trace.Activations[l - 1];
            builder.Equation(
                [Notation.Z(l + 1)],
                [Notation.W(l + 1), Notation.H(l), Notation.Plus, Notation.B(l + 1)],
                [
                    WorkedSolution.Matrix(network.Weights[l]), MatrixTerm.Column(below), Notation.Plus,
                    MatrixTerm.Column(network.Biases[l].ToArray()),
                ],
                [MatrixTerm.Column(trace.PreActivations[l])]);
            var h = MatrixTerm.Column(trace.Activations[l]);
            if (!shape.IsOutputLayer(l))
            {
                builder.Equation([Notation.H(l + 1)], [Notation.Apply(shape.HiddenActivations[l], l + 1)], [h]);
                continue;
            }

            AddOutput(builder, shape.Output, l + 1, h);
        }
    }

    private static void AddOutput(DocumentBuilder builder, OutputActivation output, int layer, MatrixTerm outputs)
    {
        var z = Notation.Z(layer);
        switch (output)
        {
            case OutputActivation.Identity:
                builder.Paragraph("The output layer is the identity, so ", new Symbol("ŷ = z", @"\hat{y} = z"), ":");
                builder.Equation([Notation.YHat], [Notation.H(layer)], [z], [outputs]);
                break;
            case OutputActivation.Logistic:
                builder.Equation(
                    [Notation.YHat],
                    [Notation.H(layer)],
                    [new Symbol($"σ({z.Text})", $@"\sigma({z.Latex})")],
                    [outputs]);
                break;
            default:
                builder.Paragraph(
                    "The output layer is a softmax, ",
                    new Symbol("pₖ = e^(zₖ) / Σⱼ e^(zⱼ)", @"p_k = e^{z_k} / \sum_j e^{z_j}"),
                    ":");
                builder.Equation(
                    [Notation.P],
                    [new Symbol($"softmax({z.Text})", $@"\operatorname{{softmax}}({z.Latex})")],
                    [outputs]);
                break;
        }
    }

    public static void AddLoss(DocumentBuilder builder, StepProblem problem, ExampleTrace trace, string title)
    {
        builder.Heading(2, title);
        var outputs = trace.Activations[^1];
        var targets = trace.Example.Targets;
        var loss = new NumberTerm(trace.Loss);
        switch (problem.Loss, problem.Network.Shape.Output)
        {
            case (Loss.SquaredError, _):
                builder.Equation(
                    [Notation.Loss],
                    [Formulas.SquaredErrorSum],
                    SquaredErrorTerms(outputs, targets),
                    [loss]);
                break;
            case (Loss.CrossEntropy, OutputActivation.Softmax):
                builder.Paragraph("Only the terms with ", new Symbol("yₖ ≠ 0", @"y_k \neq 0"), " count.");
                builder.Equation(
                    [Notation.Loss],
                    [Formulas.CrossEntropySum],
                    CrossEntropyTerms(outputs, targets),
                    [loss]);
                break;
            default:
                builder.Equation(
                    [Notation.Loss],
                    [Formulas.BinaryCrossEntropySum],
                    [loss]);
                break;
        }
    }

    private static Term[] SquaredErrorTerms(double[] outputs, IReadOnlyList<double> targets)
    {
        var terms = new List<Term> { new Symbol("½[", @"\frac{1}{2}\left[") };
        for (var k = 0; k < outputs.Length; k++)
        {
            if (k > 0)
            {
                terms.Add(Notation.Plus);
            }

            terms.AddRange([
                new Symbol("(", "("), new NumberTerm(outputs[k]), Notation.Minus,
                new NumberTerm(targets[k]), new Symbol(")²", ")^2"),
            ]);
        }

        terms.Add(new Symbol("]", @"\right]"));
        return [.. terms];
    }

    private static Term[] CrossEntropyTerms(double[] outputs, IReadOnlyList<double> targets)
    {
        var terms = new List<Term> { new Symbol("−[", @"-\left[") };
        for (var k = 0; k < outputs.Length; k++)
        {
            if (targets[k] == 0)
            {
                continue;
            }

            if (terms.Count > 1)
            {
                terms.Add(Notation.Plus);
            }

            terms.AddRange([
                new NumberTerm(targets[k]), new Symbol("· log", @"\cdot \log"), new NumberTerm(outputs[k]),
            ]);
        }

        terms.Add(new Symbol("]", @"\right]"));
        return [.. terms];
    }
}
