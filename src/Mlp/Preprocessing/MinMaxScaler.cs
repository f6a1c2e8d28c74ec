namespace Mlp.Preprocessing;

/// <summary>
/// Scales each feature to [0, 1] over the training rows: x′ = (x − min) / (max − min), as
/// scikit-learn's <c>MinMaxScaler</c> with its default range.
/// </summary>
/// <remarks>
/// Rows predicted later may fall outside [0, 1]; they are not clipped. scikit-learn computes
/// x · (1 / (max − min)) − min / (max − min), which can differ from this form in the last bit. A
/// range below 10·ε (ε = 2⁻⁵²) counts as 0 and gets scale 1, as in scikit-learn.
/// </remarks>
public sealed class MinMaxScaler : FeatureScaler
{
    /// <summary>The <see cref="FeatureScaler.Method"/> name.</summary>
    public const string MethodName = "minmax";

    // scikit-learn's _handle_zeros_in_scale treats ranges below 10 * finfo(float64).eps as 0.
    private const double SmallestRange = 10 * 2.220446049250313e-16;

    /// <inheritdoc/>
    public override string Method => MethodName;

    private protected override (double Offset, double Scale) FitColumn(ReadOnlySpan<double> column)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var value in column)
        {
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        var range = max - min;
        return (min, range < SmallestRange ? 1.0 : range);
    }
}
