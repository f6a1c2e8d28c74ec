using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using Mlp.Activations;
using Mlp.Networks;

namespace Mlp.Training;

/// <summary>
/// The batch loss that scikit-learn's MLP estimators minimise and report: the mean data loss of
/// the batch plus the L2 penalty ½ α Σ‖W‖² divided by the batch size.
/// </summary>
/// <remarks>
/// The data loss depends on the output, as in scikit-learn 1.2. Softmax uses the log-loss
/// −Σ y log p / m. Logistic uses the binary log-loss −Σ [y log p + (1 − y) log(1 − p)] / m.
/// Identity uses the squared loss Σ (y − ŷ)² / (m k) / 2, averaged over all m k outputs,
/// although its gradient divides by m only. Probabilities are clipped to [ε, 1 − ε] with ε the machine
/// epsilon of <typeparamref name="T"/> (2⁻⁵² for double) before the log, in the loss only.
/// Sums run in double.
/// </remarks>
/// <typeparam name="T">float or double.</typeparam>
internal static class ScikitLearnLoss<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private static readonly double Epsilon = double.CreateChecked(T.BitIncrement(T.One) - T.One);

    /// <summary>Returns the mean data loss of a batch of <paramref name="batch"/> rows.</summary>
    public static double DataLoss(
        OutputActivation output,
        ReadOnlySpan<T> outputs,
        ReadOnlySpan<T> targets,
        int batch)
    {
        return output switch
        {
            OutputActivation.Softmax => LogLoss(outputs, targets) / batch,
            OutputActivation.Logistic => BinaryLogLoss(outputs, targets) / batch,
            _ => SquaredLoss(outputs, targets) / outputs.Length / 2,
        };
    }

    /// <summary>Returns ½ α Σ‖W‖² / m over the weights of every layer (biases excluded).</summary>
    public static double L2Penalty(ParameterSet<T> parameters, double alpha, int batch)
    {
        if (alpha == 0)
        {
            return 0;
        }

        var sum = 0.0;
        for (var l = 0; l < parameters.LayerCount; l++)
        {
            sum += SumOfSquares(parameters.Weights[l].AsSpan());
        }

        return 0.5 * alpha * sum / batch;
    }

    /// <summary>Σ w², summed in double whatever the precision of the weights.</summary>
    private static double SumOfSquares(ReadOnlySpan<T> weights)
    {
        if (typeof(T) == typeof(double))
        {
            return TensorPrimitives.SumOfSquares(MemoryMarshal.Cast<T, double>(weights));
        }

        var sum = 0.0;
        foreach (var w in weights)
        {
            var value = double.CreateChecked(w);
            sum += value * value;
        }

        return sum;
    }

    private static double LogLoss(ReadOnlySpan<T> probabilities, ReadOnlySpan<T> targets)
    {
        var sum = 0.0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var y = double.CreateChecked(targets[i]);
            if (y != 0)
            {
                sum += y * Math.Log(Clip(probabilities[i]));
            }
        }

        return -sum;
    }

    private static double BinaryLogLoss(ReadOnlySpan<T> probabilities, ReadOnlySpan<T> targets)
    {
        var positive = 0.0;
        var negative = 0.0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var y = double.CreateChecked(targets[i]);
            var p = Clip(probabilities[i]);
            if (y != 0)
            {
                positive += y * Math.Log(p);
            }

            if (y != 1)
            {
                negative += (1 - y) * Math.Log(1 - p);
            }
        }

        return -(positive + negative);
    }

    private static double SquaredLoss(ReadOnlySpan<T> outputs, ReadOnlySpan<T> targets)
    {
        var sum = 0.0;
        for (var i = 0; i < outputs.Length; i++)
        {
            var difference = double.CreateChecked(targets[i]) - double.CreateChecked(outputs[i]);
            sum += difference * difference;
        }

        return sum;
    }

    private static double Clip(T probability)
    {
        var p = double.CreateChecked(probability);
        return Math.Clamp(p, Epsilon, 1 - Epsilon);
    }
}
