using System.Numerics;
using Mlp.Activations;

namespace Mlp.Losses;

/// <summary>
/// Computes the loss of one example and its gradient with respect to the output
/// pre-activations, dL/dz[L], stably for every output and loss pair.
/// </summary>
/// <remarks>
/// The pairs and their output deltas:
/// <list type="bullet">
/// <item>identity, squared error: δ = ŷ − y.</item>
/// <item>logistic, squared error: δ = (ŷ − y) ⊙ ŷ ⊙ (1 − ŷ).</item>
/// <item>softmax, squared error: δ_j = p_j (g_j − Σ_k p_k g_k) with g = p − y.</item>
/// <item>softmax, cross-entropy: δ = p Σ_k y_k − y, which is p − y when the targets sum to 1,
/// because the softmax Jacobian cancels the 1/p of the log.</item>
/// <item>logistic, cross-entropy (binary, per unit): δ = ŷ − y, because σ′ = σ (1 − σ) cancels
/// the denominators of the binary log-loss.</item>
/// </list>
/// Cross-entropy values are computed from the logits z[L], never from log p: softmax uses
/// L = Σ_k y_k (logsumexp(z) − z_k), the logistic form uses L = Σ_k softplus(z_k) − y_k z_k with
/// softplus(z) = max(z, 0) + log(1 + e^−|z|). Logits such as [1000, 0] or [−1000, −1000] give
/// finite values.
/// </remarks>
public static class LossFunctions
{
    /// <summary>Returns the loss of one example.</summary>
    /// <param name="output">Output activation of the network.</param>
    /// <param name="loss">Loss function.</param>
    /// <param name="preActivations">Output pre-activations z[L] of the example.</param>
    /// <param name="outputs">Outputs ŷ = g(z[L]) of the example.</param>
    /// <param name="targets">Targets y of the example.</param>
    /// <exception cref="ArgumentException">Lengths differ, or the pair is not defined.</exception>
    public static T Value<T>(
        OutputActivation output,
        Loss loss,
        ReadOnlySpan<T> preActivations,
        ReadOnlySpan<T> outputs,
        ReadOnlySpan<T> targets)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckLengths(preActivations, outputs, targets);
        LossNames.EnsureCompatible(output, loss);
        return (loss, output) switch
        {
            (Loss.SquaredError, _) => HalfSquaredError(outputs, targets),
            (Loss.CrossEntropy, OutputActivation.Softmax) =>
                SoftmaxCrossEntropy(preActivations, targets),
            _ => LogisticCrossEntropy(preActivations, targets),
        };
    }

    /// <summary>Computes dL/dz[L] of one example into <paramref name="deltas"/>.</summary>
    /// <exception cref="ArgumentException">Lengths differ, or the pair is not defined.</exception>
    public static void OutputDeltas<T>(
        OutputActivation output,
        Loss loss,
        ReadOnlySpan<T> outputs,
        ReadOnlySpan<T> targets,
        Span<T> deltas)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckLengths(outputs, deltas, targets);
        LossNames.EnsureCompatible(output, loss);
        for (var k = 0; k < outputs.Length; k++)
        {
            deltas[k] = outputs[k] - targets[k];
        }

        switch (loss, output)
        {
            case (Loss.SquaredError, OutputActivation.Logistic):
                for (var k = 0; k < outputs.Length; k++)
                {
                    deltas[k] = deltas[k] * outputs[k] * (T.One - outputs[k]);
                }

                break;
            case (Loss.SquaredError, OutputActivation.Softmax):
                MultiplyBySoftmaxJacobian(outputs, deltas);
                break;
            case (Loss.CrossEntropy, OutputActivation.Softmax):
                ScaleSoftmaxByTargetSum(outputs, targets, deltas);
                break;
        }
    }

    private static T HalfSquaredError<T>(ReadOnlySpan<T> outputs, ReadOnlySpan<T> targets)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var sum = T.Zero;
        for (var k = 0; k < outputs.Length; k++)
        {
            var difference = outputs[k] - targets[k];
            sum += difference * difference;
        }

        return sum / (T.One + T.One);
    }

    private static T SoftmaxCrossEntropy<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targets)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var logSumExp = LogSumExp(logits);
        var sum = T.Zero;
        for (var k = 0; k < logits.Length; k++)
        {
            if (targets[k] != T.Zero)
            {
                sum += targets[k] * (logSumExp - logits[k]);
            }
        }

        return sum;
    }

    private static T LogisticCrossEntropy<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targets)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var sum = T.Zero;
        for (var k = 0; k < logits.Length; k++)
        {
            sum += Softplus(logits[k]) - (targets[k] * logits[k]);
        }

        return sum;
    }

    /// <summary>log Σ e^(z_k), shifted by max z so that no term overflows.</summary>
    internal static T LogSumExp<T>(ReadOnlySpan<T> logits)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var max = T.NegativeInfinity;
        foreach (var z in logits)
        {
            max = T.Max(max, z);
        }

        var sum = T.Zero;
        foreach (var z in logits)
        {
            sum += T.Exp(z - max);
        }

        return max + T.Log(sum);
    }

    /// <summary>softplus(z) = log(1 + e^z) = max(z, 0) + log(1 + e^−|z|), finite for finite z.</summary>
    internal static T Softplus<T>(T z)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        return T.Max(z, T.Zero) + T.LogP1(T.Exp(-T.Abs(z)));
    }

    private static void MultiplyBySoftmaxJacobian<T>(ReadOnlySpan<T> probabilities, Span<T> gradient)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var weighted = T.Zero;
        for (var k = 0; k < probabilities.Length; k++)
        {
            weighted += probabilities[k] * gradient[k];
        }

        for (var k = 0; k < probabilities.Length; k++)
        {
            gradient[k] = probabilities[k] * (gradient[k] - weighted);
        }
    }

    private static void ScaleSoftmaxByTargetSum<T>(
        ReadOnlySpan<T> probabilities,
        ReadOnlySpan<T> targets,
        Span<T> deltas)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var targetSum = T.Zero;
        foreach (var y in targets)
        {
            targetSum += y;
        }

        // For targets summing to exactly 1 this leaves δ = p − y, bit for bit.
        if (targetSum == T.One)
        {
            return;
        }

        for (var k = 0; k < probabilities.Length; k++)
        {
            deltas[k] = (probabilities[k] * targetSum) - targets[k];
        }
    }

    private static void CheckLengths<T>(ReadOnlySpan<T> first, ReadOnlySpan<T> second, ReadOnlySpan<T> targets)
    {
        if (first.Length != targets.Length || second.Length != targets.Length)
        {
            throw new ArgumentException(
                $"Output and target lengths differ: {first.Length}, {second.Length} and {targets.Length}.",
                nameof(targets));
        }
    }
}
