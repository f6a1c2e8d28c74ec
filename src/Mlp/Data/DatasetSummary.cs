using System.Numerics.Tensors;

namespace Mlp.Data;

/// <summary>
/// Statistics of a data set: its shape, the range of its feature values and how many rows each
/// class has.
/// </summary>
public sealed class DatasetSummary
{
    private DatasetSummary(
        int rowCount,
        int featureCount,
        double featureMinimum,
        double featureMaximum,
        bool featuresAreIntegers,
        IReadOnlyList<string> classes,
        IReadOnlyList<int> classCounts)
    {
        RowCount = rowCount;
        FeatureCount = featureCount;
        FeatureMinimum = featureMinimum;
        FeatureMaximum = featureMaximum;
        FeaturesAreIntegers = featuresAreIntegers;
        Classes = classes;
        ClassCounts = classCounts;
    }

    /// <summary>Number of rows (examples).</summary>
    public int RowCount { get; }

    /// <summary>Number of features per row.</summary>
    public int FeatureCount { get; }

    /// <summary>Smallest feature value over all rows and features; NaN without rows.</summary>
    public double FeatureMinimum { get; }

    /// <summary>Largest feature value over all rows and features; NaN without rows.</summary>
    public double FeatureMaximum { get; }

    /// <summary>Whether every feature value is a whole number; false without rows.</summary>
    public bool FeaturesAreIntegers { get; }

    /// <summary>Distinct targets sorted as <see cref="ClassLabels"/> sorts them.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>Number of rows of each class, in the order of <see cref="Classes"/>.</summary>
    public IReadOnlyList<int> ClassCounts { get; }

    /// <summary>Computes the statistics of <paramref name="data"/>.</summary>
    public static DatasetSummary Compute(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.RowCount == 0)
        {
            return new DatasetSummary(0, data.FeatureCount, double.NaN, double.NaN, false, [], []);
        }

        var features = data.Features.AsSpan();
        var featuresAreIntegers = true;
        foreach (var value in features)
        {
            if (!double.IsInteger(value))
            {
                featuresAreIntegers = false;
                break;
            }
        }

        var labels = ClassLabels.Fit(data.Targets);
        var counts = new int[labels.Count];
        foreach (var index in labels.Encode(data.Targets))
        {
            counts[index]++;
        }

        return new DatasetSummary(
            data.RowCount,
            data.FeatureCount,
            TensorPrimitives.Min(features),
            TensorPrimitives.Max(features),
            featuresAreIntegers,
            labels.Classes,
            counts.AsReadOnly());
    }
}
