namespace Mlp.Preprocessing;

/// <summary>
/// Standardizes each feature to mean 0 and variance 1: x′ = (x − μ) / σ, as scikit-learn's
/// <c>StandardScaler</c> with its defaults.
/// </summary>
/// <remarks>
/// μ is the column mean and σ the population standard deviation (divisor n, not n − 1). The
/// variance is computed in two passes with the correction term of Chan, Golub and LeVeque,
/// σ² = (Σ(x − μ)² − (Σ(x − μ))² / n) / n, as scikit-learn 1.2 does; NumPy sums pairwise, so the
/// last bits may differ. A column whose variance is within rounding error of 0
/// (σ² ≤ n·ε·σ² + (n·μ·ε)², scikit-learn's bound) gets σ = 1.
/// </remarks>
public sealed class StandardScaler : FeatureScaler
{
    /// <summary>The <see cref="FeatureScaler.Method"/> name.</summary>
    public const string MethodName = "standard";

    // The gap between 1 and the next double, NumPy's finfo(float64).eps.
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <inheritdoc/>
    public override string Method => MethodName;

    private protected override (double Offset, double Scale) FitColumn(ReadOnlySpan<double> column)
    {
        var n = column.Length;
        var sum = 0.0;
        foreach (var value in column)
        {
            sum += value;
        }

        var mean = sum / n;
        double squares = 0, correction = 0;
        foreach (var value in column)
        {
            var deviation = value - mean;
            squares += deviation * deviation;
            correction += deviation;
        }

        var variance = (squares - (correction * correction / n)) / n;
        var roundingBound = (n * MachineEpsilon * variance) + Math.Pow(n * mean * MachineEpsilon, 2);
        return (mean, variance <= roundingBound ? 1.0 : Math.Sqrt(variance));
    }
}
