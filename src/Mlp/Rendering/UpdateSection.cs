using Mlp.Exercises;

namespace Mlp.Rendering;

/// <summary>The gradient of a batch and the update of every parameter in a worked solution.</summary>
internal static class UpdateSection
{
    public static void AddBatchGradient(DocumentBuilder builder, StepSolution solution, int section)
    {
        var count = solution.Examples.Count;
        var mean = solution.Problem.Reduction == GradientReduction.Mean;
        builder.Heading(2, $"{section}. Gradient of the batch");
        builder.Paragraph(mean
            ? $"The step uses the mean of the {count} examples' gradients."
            : $"The step uses the sum of the {count} examples' gradients.");
        for (var l = 0; l < solution.Problem.Network.LayerCount; l++)
        {
            var layer = l;
            AddReduction(
                builder,
                solution,
                Notation.W(layer + 1),
                n => WorkedSolution.Matrix(solution.Examples[n].Gradients.Weights[layer]),
                WorkedSolution.Matrix(solution.Gradients.Weights[layer]),
                mean);
            AddReduction(
                builder,
                solution,
                Notation.B(layer + 1),
                n => MatrixTerm.Column(solution.Examples[n].Gradients.Biases[layer].ToArray()),
                MatrixTerm.Column(solution.Gradients.Biases[layer].ToArray()),
                mean);
        }
    }

    private static void AddReduction(
        DocumentBuilder builder,
        StepSolution solution,
        Symbol parameter,
        Func<int, MatrixTerm> exampleGradient,
        MatrixTerm result,
        bool mean)
    {
        var count = solution.Examples.Count;
        var symbols = new List<Term>();
        var values = new List<Term>();
        if (mean)
        {
            var scale = new Symbol($"(1/{count}) (", $@"\frac{{1}}{{{count}}} \left(");
            symbols.Add(scale);
            values.Add(scale);
        }

        for (var n = 0; n < count; n++)
        {
            if (n > 0)
            {
                symbols.Add(Notation.Plus);
                values.Add(Notation.Plus);
            }

            symbols.Add(Notation.ExampleGradient(parameter, n + 1));
            values.Add(exampleGradient(n));
        }

        if (mean)
        {
            var close = new Symbol(")", @"\right)");
            symbols.Add(close);
            values.Add(close);
        }

        builder.Equation([Notation.Gradient(parameter)], [.. symbols], [.. values], [result]);
    }

    public static void AddUpdate(DocumentBuilder builder, StepSolution solution, int section)
    {
        var problem = solution.Problem;
        var eta = Notation.Number(problem.LearningRate);
        builder.Heading(2, $"{section}. Update");
        builder.Paragraph(
            "Each parameter moves against its gradient, ",
            Formulas.GradientStep,
            ", with ",
            Notation.Eta,
            " = ",
            eta,
            ":");
        for (var l = 0; l < problem.Network.LayerCount; l++)
        {
            var w = Notation.W(l + 1);
            builder.Equation(
                [w, Notation.Minus, Notation.Eta, Notation.Gradient(w)],
                [
                    WorkedSolution.Matrix(problem.Network.Weights[l]), Notation.Minus, eta,
                    WorkedSolution.Matrix(solution.Gradients.Weights[l]),
                ],
                [WorkedSolution.Matrix(solution.Updated.Weights[l])]);
            var b = Notation.B(l + 1);
            builder.Equation(
                [b, Notation.Minus, Notation.Eta, Notation.Gradient(b)],
                [
                    MatrixTerm.Column(problem.Network.Biases[l].ToArray()), Notation.Minus, eta,
                    MatrixTerm.Column(solution.Gradients.Biases[l].ToArray()),
                ],
                [MatrixTerm.Column(solution.Updated.Biases[l].ToArray())]);
        }
    }
}
