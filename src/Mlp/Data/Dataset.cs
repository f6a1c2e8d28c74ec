namespace Mlp.Data;

/// <summary>
/// A table of numeric features with one target column, as read from a file or from the embedded
/// digits.
/// </summary>
/// <remarks>
/// Features are stored row-major in one contiguous array of shape [<see cref="RowCount"/>,
/// <see cref="FeatureCount"/>]. Targets keep the text of the file, so class labels survive in
/// their original form until a classifier encodes them or a regressor parses them as numbers.
/// </remarks>
public sealed class Dataset
{
    /// <summary>Creates a data set from row-major features and one target per row.</summary>
    /// <exception cref="ArgumentException">
    /// The features array does not have <paramref name="featureNames"/>.Length values per
    /// target, or a name is missing.
    /// </exception>
    public Dataset(
        string name,
        double[] features,
        IReadOnlyList<string> featureNames,
        IReadOnlyList<string> targets,
        string targetName)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(featureNames);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(targetName);
        if (featureNames.Count == 0)
        {
            throw new ArgumentException("A data set needs at least one feature.", nameof(featureNames));
        }

        if (features.Length != featureNames.Count * targets.Count)
        {
            throw new ArgumentException(
                $"Expected {targets.Count} rows of {featureNames.Count} features " +
                $"({targets.Count * featureNames.Count} values), got {features.Length} values.",
                nameof(features));
        }

        Name = name;
        Features = features;
        FeatureNames = featureNames;
        Targets = targets;
        TargetName = targetName;
    }

    /// <summary>Name shown in messages: the file path or the name of an embedded data set.</summary>
    public string Name { get; }

    /// <summary>Features, row-major, shape [<see cref="RowCount"/>, <see cref="FeatureCount"/>].</summary>
    public double[] Features { get; }

    /// <summary>Column names of the features, from the header or generated as x0, x1, ...</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>Target of each row, as written in the source.</summary>
    public IReadOnlyList<string> Targets { get; }

    /// <summary>Column name of the target.</summary>
    public string TargetName { get; }

    /// <summary>Number of rows (examples).</summary>
    public int RowCount => Targets.Count;

    /// <summary>Number of features per row.</summary>
    public int FeatureCount => FeatureNames.Count;

    /// <summary>Returns the features of one row.</summary>
    public ReadOnlySpan<double> Row(int row) =>
        Features.AsSpan(row * FeatureCount, FeatureCount);

    /// <summary>Returns a new data set holding the given rows in the given order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A row number is outside the table.</exception>
    public Dataset SelectRows(ReadOnlySpan<int> rows)
    {
        var features = new double[rows.Length * FeatureCount];
        var targets = new string[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            ArgumentOutOfRangeException.ThrowIfNegative(row, nameof(rows));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount, nameof(rows));
            Row(row).CopyTo(features.AsSpan(i * FeatureCount, FeatureCount));
            targets[i] = Targets[row];
        }

        return new Dataset(Name, features, FeatureNames, targets, TargetName);
    }
}
