using Mlp.Activations;
using Mlp.Exercises;
using Mlp.Networks;

namespace Mlp.Checking;

/// <summary>
/// Works a step out again in plain loops, optionally with a <see cref="CommonMistake"/> and with
/// some values replaced by given ones, to find what a student's values follow from.
/// </summary>
/// <remarks>
/// This is a second implementation of the step, written the way a student computes it, apart
/// from <see cref="Backpropagation"/>: without a mistake and without replaced values it gives
/// the engine's values up to rounding, which the tests check. A replaced value (an override,
/// keyed by its path in <see cref="StepQuantities"/>) is used for everything computed after it,
/// so a replay shows which later values follow from a student's earlier ones.
/// </remarks>
internal sealed class StepReplay
{
    private readonly StepProblem problem;
    private readonly NetworkShape shape;
    private readonly CommonMistake? mistake;
    private readonly IReadOnlyDictionary<string, double[]> overrides;
    private readonly Dictionary<string, double[]> values = [];
    private readonly double[][] weights;
    private readonly double[][] biases;

    private StepReplay(
        StepProblem problem,
        CommonMistake? mistake,
        IReadOnlyDictionary<string, double[]> overrides)
    {
        this.problem = problem;
        shape = problem.Network.Shape;
        this.mistake = mistake;
        this.overrides = overrides;
        weights = new double[shape.LayerCount][];
        biases = new double[shape.LayerCount][];
    }

    /// <summary>Returns every quantity of the step, by path, replayed with the mistake.</summary>
    /// <param name="problem">Problem to replay.</param>
    /// <param name="mistake">Mistake to make, or null for none.</param>
    /// <param name="overrides">Values that replace the computed ones, by path.</param>
    public static Dictionary<string, double[]> Run(
        StepProblem problem,
        CommonMistake? mistake,
        IReadOnlyDictionary<string, double[]> overrides)
    {
        var replay = new StepReplay(problem, mistake, overrides);
        replay.RunStep();
        return replay.values;
    }

    private void RunStep()
    {
        ReadInitialParameters();
        var batch = problem.Examples.Count;
        var gradients = new double[batch][][];
        var biasGradients = new double[batch][][];
        var loss = 0.0;
        for (var n = 0; n < batch; n++)
        {
            (gradients[n], biasGradients[n], var exampleLoss) = RunExample(n);
            loss += exampleLoss;
        }

        Record(StepJsonFields.Loss, [loss]);
        for (var l = 0; l < shape.LayerCount; l++)
        {
            var weightGradient = Record(
                StepQuantities.LayerPath(StepJsonFields.Gradients, StepJsonFields.Weights, l),
                Reduce(gradients.Select(example => example[l]).ToArray()));
            var biasGradient = Record(
                StepQuantities.LayerPath(StepJsonFields.Gradients, StepJsonFields.Biases, l),
                Reduce(biasGradients.Select(example => example[l]).ToArray()));
            Record(
                StepQuantities.LayerPath(StepJsonFields.Updated, StepJsonFields.Weights, l),
                Update(weights[l], weightGradient));
            Record(
                StepQuantities.LayerPath(StepJsonFields.Updated, StepJsonFields.Biases, l),
                Update(biases[l], biasGradient));
        }
    }

    private void ReadInitialParameters()
    {
        var network = problem.Network;
        for (var l = 0; l < shape.LayerCount; l++)
        {
            var matrix = Record(
                StepQuantities.LayerPath(StepJsonFields.Initial, StepJsonFields.Weights, l),
                network.Weights[l].AsSpan().ToArray());
            var square = shape.UnitsOf(l) == shape.InputsOf(l);
            weights[l] = mistake == CommonMistake.TransposedWeights && square
                ? StepReplayFormulas.Transpose(matrix, shape.UnitsOf(l), shape.InputsOf(l))
                : matrix;
            biases[l] = Record(
                StepQuantities.LayerPath(StepJsonFields.Initial, StepJsonFields.Biases, l),
                network.Biases[l].ToArray());
        }
    }

    private (double[][] Weights, double[][] Biases, double Loss) RunExample(int n)
    {
        var prefix = StepQuantities.ExamplePath(n);
        var example = problem.Examples[n];
        var inputs = Record($"{prefix}.{StepJsonFields.Inputs}", [.. example.Inputs]);
        var targets = Record($"{prefix}.{StepJsonFields.Targets}", [.. example.Targets]);
        var layers = shape.LayerCount;
        var preActivations = new double[layers][];
        var activations = new double[layers][];
        for (var l = 0; l < layers; l++)
        {
            var below = l == 0 ? inputs : activations[l - 1];
            preActivations[l] = Record(
                StepQuantities.LayerPath(prefix, StepJsonFields.PreActivations, l),
                PreActivation(l, below));
            activations[l] = Record(
                StepQuantities.LayerPath(prefix, StepJsonFields.Activations, l),
                Activate(l, preActivations[l]));
        }

        var lossValue = StepReplayFormulas.LossOf(problem.Loss, shape.Output, activations[^1], targets);
        var loss = Record($"{prefix}.{StepJsonFields.Loss}", [lossValue])[0];
        var (weightGradients, biasGradients) = Backward(prefix, inputs, targets, preActivations, activations);
        return (weightGradients, biasGradients, loss);
    }

    private (double[][] Weights, double[][] Biases) Backward(
        string prefix,
        double[] inputs,
        double[] targets,
        double[][] preActivations,
        double[][] activations)
    {
        var last = shape.LayerCount - 1;
        var gradients = $"{prefix}.{StepJsonFields.Gradients}";
        var weightGradients = new double[shape.LayerCount][];
        var biasGradients = new double[shape.LayerCount][];
        var deltas = Record(
            StepQuantities.LayerPath(prefix, StepJsonFields.Deltas, last),
            StepReplayFormulas.OutputDeltas(
                problem.Loss, shape.Output, mistake, preActivations[last], activations[last], targets));
        for (var l = last; l >= 0; l--)
        {
            var below = l == 0 ? inputs : activations[l - 1];
            weightGradients[l] = Record(
                StepQuantities.LayerPath(gradients, StepJsonFields.Weights, l),
                StepReplayFormulas.Outer(deltas, below));
            biasGradients[l] = Record(StepQuantities.LayerPath(gradients, StepJsonFields.Biases, l), deltas);
            if (l > 0)
            {
                var activationGradients = Record(
                    StepQuantities.LayerPath(prefix, StepJsonFields.ActivationGradients, l - 1),
                    TransposedProduct(l, deltas));
                var derivatives = Record(
                    StepQuantities.LayerPath(prefix, StepJsonFields.ActivationDerivatives, l - 1),
                    StepReplayFormulas.Derivatives(
                        shape.HiddenActivations[l - 1], mistake, preActivations[l - 1], activations[l - 1]));
                deltas = Record(
                    StepQuantities.LayerPath(prefix, StepJsonFields.Deltas, l - 1),
                    [.. activationGradients.Zip(derivatives, (gradient, derivative) => gradient * derivative)]);
            }
        }

        return (weightGradients, biasGradients);
    }

    private double[] PreActivation(int layer, double[] below)
    {
        var units = shape.UnitsOf(layer);
        var z = new double[units];
        for (var j = 0; j < units; j++)
        {
            var sum = mistake == CommonMistake.ForgottenBias ? 0.0 : biases[layer][j];
            for (var i = 0; i < below.Length; i++)
            {
                sum += weights[layer][(j * below.Length) + i] * below[i];
            }

            z[j] = sum;
        }

        return z;
    }

    private double[] Activate(int layer, double[] z)
    {
        if (!shape.IsOutputLayer(layer))
        {
            var h = new double[z.Length];
            ActivationFunctions.Apply<double>(shape.HiddenActivations[layer], z, h);
            return h;
        }

        var outputs = new double[z.Length];
        ActivationFunctions.ApplyOutput<double>(shape.Output, z, outputs, z.Length);
        return outputs;
    }

    /// <summary>dL/dh[l−1] = W[l]ᵀ δ[l].</summary>
    private double[] TransposedProduct(int layer, double[] deltas)
    {
        var inputs = shape.InputsOf(layer);
        var result = new double[inputs];
        for (var i = 0; i < inputs; i++)
        {
            for (var j = 0; j < deltas.Length; j++)
            {
                result[i] += weights[layer][(j * inputs) + i] * deltas[j];
            }
        }

        return result;
    }

    private double[] Reduce(double[][] perExample)
    {
        var reduction = (problem.Reduction, mistake) switch
        {
            (GradientReduction.Sum, CommonMistake.MeanInsteadOfSum) => GradientReduction.Mean,
            (GradientReduction.Mean, CommonMistake.SumInsteadOfMean) => GradientReduction.Sum,
            _ => problem.Reduction,
        };
        var result = new double[perExample[0].Length];
        foreach (var gradient in perExample)
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] += gradient[i];
            }
        }

        return reduction == GradientReduction.Mean
            ? [.. result.Select(value => value / perExample.Length)]
            : result;
    }

    private double[] Update(double[] parameters, double[] gradient)
    {
        var sign = mistake == CommonMistake.UpdateAdded ? 1.0 : -1.0;
        return [.. parameters.Zip(gradient, (value, g) => value + (sign * problem.LearningRate * g))];
    }

    private double[] Record(string path, double[] computed)
    {
        var value = overrides.TryGetValue(path, out var given) ? (double[])given.Clone() : computed;
        values[path] = value;
        return value;
    }
}
