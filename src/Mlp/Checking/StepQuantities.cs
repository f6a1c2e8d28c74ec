using System.Globalization;
using Mlp.Exercises;
using Mlp.Networks;

namespace Mlp.Checking;

/// <summary>
/// Lists the quantities of a step in the order they are computed, and reads their values from a
/// solution.
/// </summary>
/// <remarks>
/// The initial parameters come first. Each example then lists its inputs and targets, z[l] and
/// h[l] layer by layer and its loss, then from the output down dL/dz[l], dL/dW[l], dL/db[l] and,
/// below the output, dL/dh[l−1], g′(z[l−1]) and dL/dz[l−1]. The summed loss, the reduced
/// gradients and the updated parameters end the list. A value depends only on values before it.
/// </remarks>
public static class StepQuantities
{
    /// <summary>Returns every quantity of the step, in the order it is computed.</summary>
    public static IReadOnlyList<StepQuantity> Describe(StepProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var shape = problem.Network.Shape;
        var batch = problem.Examples.Count;
        var quantities = new List<StepQuantity>();
        AddParameters(quantities, shape, StepJsonFields.Initial, "{0}[{1}]");
        for (var n = 0; n < batch; n++)
        {
            AddExample(quantities, shape, n, batch == 1 ? "" : $" of example {n + 1}");
        }

        quantities.Add(Scalar(StepJsonFields.Loss, batch == 1 ? "L" : "L summed over the batch"));
        AddParameters(quantities, shape, StepJsonFields.Gradients, "dL/d{0}[{1}]");
        AddParameters(quantities, shape, StepJsonFields.Updated, "{0}[{1}] after the update");
        return quantities;
    }

    /// <summary>Returns the values of every quantity of <paramref name="solution"/>, by path.</summary>
    /// <remarks>Matrices are flattened row by row.</remarks>
    public static Dictionary<string, double[]> Values(StepSolution solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var values = new Dictionary<string, double[]>();
        AddParameterValues(values, StepJsonFields.Initial, solution.Problem.Network.Parameters);
        for (var n = 0; n < solution.Examples.Count; n++)
        {
            var trace = solution.Examples[n];
            var prefix = ExamplePath(n);
            values[$"{prefix}.{StepJsonFields.Inputs}"] = [.. trace.Example.Inputs];
            values[$"{prefix}.{StepJsonFields.Targets}"] = [.. trace.Example.Targets];
            values[$"{prefix}.{StepJsonFields.Loss}"] = [trace.Loss];
            AddLayers(values, prefix, StepJsonFields.PreActivations, trace.PreActivations);
            AddLayers(values, prefix, StepJsonFields.Activations, trace.Activations);
            AddLayers(values, prefix, StepJsonFields.Deltas, trace.Deltas);
            AddLayers(values, prefix, StepJsonFields.ActivationGradients, trace.ActivationGradients);
            AddLayers(values, prefix, StepJsonFields.ActivationDerivatives, trace.ActivationDerivatives);
            AddParameterValues(values, $"{prefix}.{StepJsonFields.Gradients}", trace.Gradients);
        }

        values[StepJsonFields.Loss] = [solution.Loss];
        AddParameterValues(values, StepJsonFields.Gradients, solution.Gradients);
        AddParameterValues(values, StepJsonFields.Updated, solution.Updated.Parameters);
        return values;
    }

    /// <summary>
    /// Returns the number of entries of every list in the JSON form of a step, by path without
    /// the leading <c>$.</c>: <c>examples</c> has one per example, <c>examples[0].activations</c>
    /// one per weight layer.
    /// </summary>
    /// <param name="quantities">The quantities of the step, from <see cref="Describe"/>.</param>
    /// <remarks>
    /// The lengths are read from the indices in the quantities' paths, so they always agree with
    /// <see cref="Describe"/>. A list without entries, such as <c>activationGradients</c> of a
    /// network without hidden layers, is left out.
    /// </remarks>
    public static Dictionary<string, int> ListLengths(IReadOnlyList<StepQuantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        var lengths = new Dictionary<string, int>();
        foreach (var path in quantities.Select(quantity => quantity.Path))
        {
            for (var open = path.IndexOf('['); open >= 0; open = path.IndexOf('[', open + 1))
            {
                var close = path.IndexOf(']', open);
                var index = int.Parse(path.AsSpan(open + 1, close - open - 1), CultureInfo.InvariantCulture);
                var list = path[..open];
                lengths[list] = Math.Max(lengths.GetValueOrDefault(list), index + 1);
            }
        }

        return lengths;
    }

    /// <summary>Returns the path of example <paramref name="index"/>, such as <c>examples[0]</c>.</summary>
    public static string ExamplePath(int index) => $"{StepJsonFields.Examples}[{index}]";

    /// <summary>Returns the path of layer <paramref name="layer"/> of a list field.</summary>
    public static string LayerPath(string prefix, string field, int layer) =>
        prefix.Length == 0 ? $"{field}[{layer}]" : $"{prefix}.{field}[{layer}]";

    private static void AddExample(List<StepQuantity> quantities, NetworkShape shape, int n, string suffix)
    {
        var prefix = ExamplePath(n);
        var gradients = $"{prefix}.{StepJsonFields.Gradients}";
        void AddVector(string field, int layer, string name, int length) =>
            quantities.Add(Vector(LayerPath(prefix, field, layer), name + suffix, length, n));

        quantities.Add(Vector($"{prefix}.{StepJsonFields.Inputs}", $"x{suffix}", shape.InputCount, n));
        quantities.Add(Vector($"{prefix}.{StepJsonFields.Targets}", $"y{suffix}", shape.OutputCount, n));
        for (var l = 0; l < shape.LayerCount; l++)
        {
            AddVector(StepJsonFields.PreActivations, l, $"z[{l + 1}]", shape.UnitsOf(l));
            AddVector(StepJsonFields.Activations, l, $"h[{l + 1}]", shape.UnitsOf(l));
        }

        quantities.Add(Scalar($"{prefix}.{StepJsonFields.Loss}", $"L{suffix}", n));
        var last = shape.LayerCount - 1;
        AddVector(StepJsonFields.Deltas, last, $"dL/dz[{last + 1}]", shape.OutputCount);
        for (var l = last; l >= 0; l--)
        {
            var weights = LayerPath(gradients, StepJsonFields.Weights, l);
            var biases = LayerPath(gradients, StepJsonFields.Biases, l);
            quantities.Add(Matrix(weights, $"dL/dW[{l + 1}]{suffix}", shape, l, n));
            quantities.Add(Vector(biases, $"dL/db[{l + 1}]{suffix}", shape.UnitsOf(l), n));
            if (l > 0)
            {
                var units = shape.UnitsOf(l - 1);
                AddVector(StepJsonFields.ActivationGradients, l - 1, $"dL/dh[{l}]", units);
                AddVector(StepJsonFields.ActivationDerivatives, l - 1, $"g′(z[{l}])", units);
                AddVector(StepJsonFields.Deltas, l - 1, $"dL/dz[{l}]", units);
            }
        }
    }

    private static void AddParameters(
        List<StepQuantity> quantities,
        NetworkShape shape,
        string prefix,
        string nameFormat)
    {
        for (var l = 0; l < shape.LayerCount; l++)
        {
            var weights = LayerPath(prefix, StepJsonFields.Weights, l);
            var biases = LayerPath(prefix, StepJsonFields.Biases, l);
            quantities.Add(Matrix(weights, string.Format(nameFormat, "W", l + 1), shape, l, -1));
            quantities.Add(Vector(biases, string.Format(nameFormat, "b", l + 1), shape.UnitsOf(l), -1));
        }
    }

    private static void AddParameterValues(
        Dictionary<string, double[]> values,
        string prefix,
        ParameterSet<double> parameters)
    {
        for (var l = 0; l < parameters.LayerCount; l++)
        {
            values[LayerPath(prefix, StepJsonFields.Weights, l)] = parameters.Weights[l].AsSpan().ToArray();
            values[LayerPath(prefix, StepJsonFields.Biases, l)] = parameters.Biases[l].ToArray();
        }
    }

    private static void AddLayers(
        Dictionary<string, double[]> values,
        string prefix,
        string field,
        IReadOnlyList<double[]> layers)
    {
        for (var l = 0; l < layers.Count; l++)
        {
            values[LayerPath(prefix, field, l)] = layers[l];
        }
    }

    private static StepQuantity Scalar(string path, string name, int example = -1) =>
        new(path, name, QuantityKind.Scalar, 1, 1, example);

    private static StepQuantity Vector(string path, string name, int length, int example) =>
        new(path, name, QuantityKind.Vector, length, 1, example);

    private static StepQuantity Matrix(string path, string name, NetworkShape shape, int layer, int example) =>
        new(path, name, QuantityKind.Matrix, shape.UnitsOf(layer), shape.InputsOf(layer), example);
}
