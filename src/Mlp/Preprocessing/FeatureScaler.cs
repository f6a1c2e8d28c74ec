using Mlp.Data;

namespace Mlp.Preprocessing;

/// <summary>
/// Scales every feature column by x′ = (x − offset) / scale, with the offset and scale of each
/// column learned from training rows.
/// </summary>
/// <remarks>
/// <para>
/// Learn the offsets and scales on the training rows only, then transform the training rows,
/// the test rows and every row predicted later with the same values, so all see one scaling.
/// </para>
/// <para>
/// A constant column (every value equal) gets its value as offset and scale 1, so it scales to
/// exactly 0 and never to NaN. Subclasses decide the offset and scale of other columns.
/// </para>
/// </remarks>
public abstract class FeatureScaler
{
    private double[]? offsets;
    private double[]? scales;

    /// <summary>Name of the method in model files and on the command line.</summary>
    public abstract string Method { get; }

    /// <summary>Whether <see cref="Fit(double[], int)"/> has learned the offsets and scales.</summary>
    public bool IsFitted => offsets is not null;

    /// <summary>Number of features the scaler was fitted on; 0 before fitting.</summary>
    public int FeatureCount => offsets?.Length ?? 0;

    /// <summary>Offset subtracted from each feature; empty before fitting.</summary>
    public IReadOnlyList<double> Offsets => offsets ?? [];

    /// <summary>Scale each feature is divided by, never 0; empty before fitting.</summary>
    public IReadOnlyList<double> Scales => scales ?? [];

    /// <summary>Learns the offset and scale of each feature of <paramref name="data"/>.</summary>
    /// <returns>This scaler, for chaining.</returns>
    /// <exception cref="ArgumentException">The data has no rows.</exception>
    public FeatureScaler Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Fit(data.Features, data.FeatureCount);
    }

    /// <summary>Learns the offset and scale of each column of row-major features.</summary>
    /// <param name="features">Rows of <paramref name="featureCount"/> values each.</param>
    /// <param name="featureCount">Features per row, ≥ 1.</param>
    /// <returns>This scaler, for chaining.</returns>
    /// <exception cref="ArgumentException">
    /// There are no rows, the length is not a multiple of the feature count, or a value is NaN or
    /// infinite.
    /// </exception>
    public FeatureScaler Fit(double[] features, int featureCount)
    {
        var rows = CheckShape(features, featureCount, nameof(features));
        if (rows == 0)
        {
            throw new ArgumentException("A scaler needs at least one row to fit.", nameof(features));
        }

        var column = new double[rows];
        var newOffsets = new double[featureCount];
        var newScales = new double[featureCount];
        for (var j = 0; j < featureCount; j++)
        {
            CopyColumn(features, featureCount, j, column);
            (newOffsets[j], newScales[j]) = IsConstant(column)
                ? (column[0], 1.0)
                : FitColumn(column);
        }

        offsets = newOffsets;
        scales = newScales;
        return this;
    }

    /// <summary>Returns the scaled copy of row-major features.</summary>
    /// <exception cref="InvalidOperationException">The scaler is not fitted.</exception>
    /// <exception cref="ArgumentException">The rows have another number of features.</exception>
    public double[] Transform(ReadOnlySpan<double> features)
    {
        var (fittedOffsets, fittedScales) = EnsureFitted();
        if (features.Length % fittedOffsets.Length != 0)
        {
            throw new ArgumentException(
                $"The scaler was fitted on {fittedOffsets.Length} features; got {features.Length} " +
                $"values, which is not a whole number of rows of {fittedOffsets.Length}.",
                nameof(features));
        }

        var scaled = new double[features.Length];
        for (var i = 0; i < scaled.Length; i++)
        {
            var j = i % fittedOffsets.Length;
            scaled[i] = (features[i] - fittedOffsets[j]) / fittedScales[j];
        }

        return scaled;
    }

    /// <summary>Returns a data set with the same rows and targets and scaled features.</summary>
    /// <exception cref="InvalidOperationException">The scaler is not fitted.</exception>
    /// <exception cref="ArgumentException">The data has another number of features.</exception>
    public Dataset Transform(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        EnsureFitted();
        if (data.FeatureCount != FeatureCount)
        {
            throw new ArgumentException(
                $"The scaler was fitted on {FeatureCount} features; {data.Name} has " +
                $"{data.FeatureCount}.",
                nameof(data));
        }

        var scaled = Transform(data.Features);
        return new Dataset(data.Name, scaled, data.FeatureNames, data.Targets, data.TargetName);
    }

    /// <summary>Creates an unfitted scaler from its <see cref="Method"/> name.</summary>
    /// <exception cref="ArgumentException">The name is not standard or minmax.</exception>
    public static FeatureScaler Create(string method, string paramName = "method") =>
        method?.Trim().ToLowerInvariant() switch
        {
            StandardScaler.MethodName => new StandardScaler(),
            MinMaxScaler.MethodName => new MinMaxScaler(),
            _ => throw new ArgumentException(
                $"Unknown scaling method '{method}'; expected {StandardScaler.MethodName} or " +
                $"{MinMaxScaler.MethodName}.",
                paramName),
        };

    /// <summary>Creates a fitted scaler from stored offsets and scales, as a model file holds them.</summary>
    /// <exception cref="ArgumentException">
    /// The method is unknown, the lists differ in length or are empty, an offset is not finite,
    /// or a scale is not a positive number with a finite reciprocal (at least about 5.6e-309).
    /// </exception>
    public static FeatureScaler FromParameters(
        string method,
        IReadOnlyList<double> offsets,
        IReadOnlyList<double> scales)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        ArgumentNullException.ThrowIfNull(scales);
        var scaler = Create(method, nameof(method));
        if (offsets.Count == 0 || offsets.Count != scales.Count)
        {
            throw new ArgumentException(
                $"Expected as many offsets as scales, at least one; got {offsets.Count} offsets " +
                $"and {scales.Count} scales.",
                nameof(scales));
        }

        for (var j = 0; j < offsets.Count; j++)
        {
            // A subnormal scale such as 1e-320 is positive, but dividing by it overflows.
            if (!double.IsFinite(offsets[j]) || !double.IsFinite(scales[j]) || scales[j] <= 0
                || !double.IsFinite(1 / scales[j]))
            {
                throw new ArgumentException(
                    $"Feature {j} has offset {offsets[j]} and scale {scales[j]}; the offset must " +
                    "be finite and the scale a positive number whose reciprocal is finite.",
                    nameof(scales));
            }
        }

        scaler.offsets = [.. offsets];
        scaler.scales = [.. scales];
        return scaler;
    }

    /// <summary>Returns the offset and scale of one column that holds at least two values.</summary>
    private protected abstract (double Offset, double Scale) FitColumn(ReadOnlySpan<double> column);

    private (double[] Offsets, double[] Scales) EnsureFitted() =>
        offsets is null || scales is null
            ? throw new InvalidOperationException(
                $"The {Method} scaler is not fitted yet; call Fit on the training rows first.")
            : (offsets, scales);

    private static int CheckShape(double[] features, int featureCount, string paramName)
    {
        ArgumentNullException.ThrowIfNull(features, paramName);
        ArgumentOutOfRangeException.ThrowIfLessThan(featureCount, 1);
        if (features.Length % featureCount != 0)
        {
            throw new ArgumentException(
                $"Expected rows of {featureCount} features; got {features.Length} values.",
                paramName);
        }

        for (var i = 0; i < features.Length; i++)
        {
            if (!double.IsFinite(features[i]))
            {
                throw new ArgumentException(
                    $"Feature {i % featureCount} of row {i / featureCount} is {features[i]}; " +
                    "every feature must be a finite number.",
                    paramName);
            }
        }

        return features.Length / featureCount;
    }

    private static void CopyColumn(double[] features, int featureCount, int j, double[] column)
    {
        for (var row = 0; row < column.Length; row++)
        {
            column[row] = features[(row * featureCount) + j];
        }
    }

    private static bool IsConstant(ReadOnlySpan<double> column)
    {
        foreach (var value in column)
        {
            if (value != column[0])
            {
                return false;
            }
        }

        return true;
    }
}
