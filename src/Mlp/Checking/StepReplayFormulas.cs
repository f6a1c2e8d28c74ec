using Mlp.Activations;
using Mlp.Losses;

namespace Mlp.Checking;

/// <summary>
/// The formulas of a hand-worked step in plain loops: the loss, the output delta, g′ and the
/// products, each with the mistakes that <see cref="StepReplay"/> can make.
/// </summary>
internal static class StepReplayFormulas
{
    /// <summary>The loss of one example, from ŷ (or p) and y.</summary>
    public static double LossOf(Loss loss, OutputActivation output, double[] outputs, double[] targets)
    {
        var sum = 0.0;
        for (var k = 0; k < outputs.Length; k++)
        {
            sum += (loss, output) switch
            {
                (Loss.SquaredError, _) => 0.5 * (outputs[k] - targets[k]) * (outputs[k] - targets[k]),
                (Loss.CrossEntropy, OutputActivation.Softmax) =>
                    targets[k] == 0 ? 0 : -targets[k] * Math.Log(outputs[k]),
                _ => -(targets[k] * Math.Log(outputs[k])) - ((1 - targets[k]) * Math.Log(1 - outputs[k])),
            };
        }

        return sum;
    }

    /// <summary>dL/dz of the output layer, from ŷ (or p) and y.</summary>
    public static double[] OutputDeltas(
        Loss loss,
        OutputActivation output,
        CommonMistake? mistake,
        double[] preActivations,
        double[] outputs,
        double[] targets)
    {
        var errors = outputs.Zip(targets, (value, target) => value - target).ToArray();
        switch (loss, output)
        {
            case (Loss.SquaredError, OutputActivation.Logistic):
                var derivatives = Derivatives(Activation.Logistic, mistake, preActivations, outputs);
                return [.. errors.Zip(derivatives, (error, derivative) => error * derivative)];
            case (Loss.SquaredError, OutputActivation.Softmax):
                var weighted = outputs.Zip(errors, (p, error) => p * error).Sum();
                return [.. outputs.Zip(errors, (p, error) => p * (error - weighted))];
            case (Loss.CrossEntropy, OutputActivation.Softmax):
                var targetSum = targets.Sum();
                return [.. outputs.Zip(targets, (p, y) => (p * targetSum) - y)];
            default:
                return errors;
        }
    }

    /// <summary>g′(z) by the formula of the activation, with the mistake if one is made.</summary>
    public static double[] Derivatives(
        Activation activation,
        CommonMistake? mistake,
        double[] preActivations,
        double[] activations)
    {
        var derivatives = new double[activations.Length];
        for (var i = 0; i < derivatives.Length; i++)
        {
            // The correct formulas take h; the first mistake puts z in their place, the second
            // applies g to h once more before using the formula.
            var h = mistake switch
            {
                CommonMistake.DerivativeOfPreActivation => preActivations[i],
                CommonMistake.DerivativeOfActivation => Apply(activation, activations[i]),
                _ => activations[i],
            };
            derivatives[i] = activation switch
            {
                Activation.Tanh => 1 - (h * h),
                Activation.Logistic => h * (1 - h),
                Activation.Relu => h > 0 ? 1 : 0,
                _ => 1,
            };
        }

        return derivatives;
    }

    private static double Apply(Activation activation, double value) => activation switch
    {
        Activation.Tanh => Math.Tanh(value),
        Activation.Logistic => 1 / (1 + Math.Exp(-value)),
        Activation.Relu => Math.Max(value, 0),
        _ => value,
    };

    /// <summary>δ hᵀ, row-major.</summary>
    public static double[] Outer(double[] deltas, double[] below)
    {
        var result = new double[deltas.Length * below.Length];
        for (var j = 0; j < deltas.Length; j++)
        {
            for (var i = 0; i < below.Length; i++)
            {
                result[(j * below.Length) + i] = deltas[j] * below[i];
            }
        }

        return result;
    }

    /// <summary>Returns the matrix with its rows and columns swapped, both row-major.</summary>
    public static double[] Transpose(double[] matrix, int rows, int columns)
    {
        var result = new double[matrix.Length];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                result[(column * rows) + row] = matrix[(row * columns) + column];
            }
        }

        return result;
    }
}
