namespace Mlp.Metrics;

/// <summary>Scores of predicted values against true values.</summary>
public static class RegressionMetrics
{
    /// <summary>
    /// Returns the coefficient of determination R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)², averaged over the
    /// outputs (scikit-learn's r2_score with uniform averaging).
    /// </summary>
    /// <remarks>
    /// An output whose true values are constant scores 1 when predicted exactly and 0 otherwise,
    /// as scikit-learn 1.2 does. Fewer than two rows give NaN, because R² is not defined.
    /// </remarks>
    /// <param name="truth">True values, row-major [rows, outputs].</param>
    /// <param name="predicted">Predicted values, same shape.</param>
    /// <param name="outputs">Values per row.</param>
    /// <exception cref="ArgumentException">The spans differ in length or are not whole rows.</exception>
    public static double RSquared(ReadOnlySpan<double> truth, ReadOnlySpan<double> predicted, int outputs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(outputs, 1);
        if (truth.Length != predicted.Length || truth.Length % outputs != 0)
        {
            throw new ArgumentException(
                $"Expected equal lengths that are multiples of {outputs}; got {truth.Length} and {predicted.Length}.",
                nameof(predicted));
        }

        var rows = truth.Length / outputs;
        if (rows < 2)
        {
            return double.NaN;
        }

        var sum = 0.0;
        for (var k = 0; k < outputs; k++)
        {
            sum += RSquaredOfOutput(truth, predicted, outputs, k, rows);
        }

        return sum / outputs;
    }

    /// <summary>
    /// Returns the mean absolute error Σ|y − ŷ| / n of each output, averaged over the outputs
    /// (scikit-learn's mean_absolute_error with uniform averaging).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The spans differ in length, are empty or are not whole rows.
    /// </exception>
    public static double MeanAbsoluteError(
        ReadOnlySpan<double> truth,
        ReadOnlySpan<double> predicted,
        int outputs) =>
        AverageOverOutputs(truth, predicted, outputs, (errors, rows) => errors.Abs / rows);

    /// <summary>
    /// Returns the root mean squared error √(Σ(y − ŷ)² / n) of each output, averaged over the
    /// outputs (scikit-learn's mean_squared_error with squared=False and uniform averaging).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The spans differ in length, are empty or are not whole rows.
    /// </exception>
    public static double RootMeanSquaredError(
        ReadOnlySpan<double> truth,
        ReadOnlySpan<double> predicted,
        int outputs) =>
        AverageOverOutputs(truth, predicted, outputs, (errors, rows) => Math.Sqrt(errors.Squared / rows));

    private static double AverageOverOutputs(
        ReadOnlySpan<double> truth,
        ReadOnlySpan<double> predicted,
        int outputs,
        Func<(double Abs, double Squared), int, double> score)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(outputs, 1);
        if (truth.Length != predicted.Length || truth.Length % outputs != 0 || truth.Length == 0)
        {
            throw new ArgumentException(
                $"Expected equal non-zero lengths that are multiples of {outputs}; got " +
                $"{truth.Length} and {predicted.Length}.",
                nameof(predicted));
        }

        var rows = truth.Length / outputs;
        var sum = 0.0;
        for (var k = 0; k < outputs; k++)
        {
            double absolute = 0, squared = 0;
            for (var n = 0; n < rows; n++)
            {
                var error = truth[(n * outputs) + k] - predicted[(n * outputs) + k];
                absolute += Math.Abs(error);
                squared += error * error;
            }

            sum += score((absolute, squared), rows);
        }

        return sum / outputs;
    }

    private static double RSquaredOfOutput(
        ReadOnlySpan<double> truth,
        ReadOnlySpan<double> predicted,
        int outputs,
        int output,
        int rows)
    {
        var mean = 0.0;
        for (var n = 0; n < rows; n++)
        {
            mean += truth[(n * outputs) + output];
        }

        mean /= rows;
        double residual = 0, total = 0;
        for (var n = 0; n < rows; n++)
        {
            var y = truth[(n * outputs) + output];
            var error = y - predicted[(n * outputs) + output];
            residual += error * error;
            total += (y - mean) * (y - mean);
        }

        if (total == 0)
        {
            return residual == 0 ? 1 : 0;
        }

        return 1 - (residual / total);
    }
}
