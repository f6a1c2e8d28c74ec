using System.Numerics;

namespace Mlp.Estimators;

/// <summary>Checks feature and target values and converts them to the estimator's precision.</summary>
internal static class FeatureConversion
{
    /// <summary>
    /// Returns the number of rows of row-major features after checking that there is at least one
    /// column and one row, as scikit-learn 1.2's estimators require.
    /// </summary>
    /// <exception cref="ArgumentException">The features have no columns or no rows.</exception>
    public static int CountRows(int valueCount, int featureCount, string paramName)
    {
        if (featureCount < 1)
        {
            throw new ArgumentException(
                $"The features have {featureCount} columns; at least one feature column is needed.",
                paramName);
        }

        var rows = valueCount / featureCount;
        if (rows == 0)
        {
            throw new ArgumentException(
                $"The features have 0 rows of {featureCount} columns; at least one row is needed.",
                paramName);
        }

        return rows;
    }

    /// <summary>Returns the row-major features as <typeparamref name="T"/>, sharing the array for double.</summary>
    /// <exception cref="ArgumentException">
    /// A value is NaN or infinite; the message names its row and column.
    /// </exception>
    public static T[] ToPrecision<T>(double[] features, int columns, string paramName)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var index = Array.FindIndex(features, value => !double.IsFinite(value));
        if (index >= 0)
        {
            throw new ArgumentException(
                $"Feature {index % columns} of row {index / columns} is {features[index]}; " +
                "every feature must be a finite number.",
                paramName);
        }

        return Convert<T>(features);
    }

    /// <summary>Returns the row-major targets as <typeparamref name="T"/>, sharing the array for double.</summary>
    /// <exception cref="ArgumentException">
    /// A value is NaN or infinite; the message names its row and column.
    /// </exception>
    public static T[] TargetsToPrecision<T>(double[] targets, int columns, string paramName)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var index = Array.FindIndex(targets, value => !double.IsFinite(value));
        if (index >= 0)
        {
            throw new ArgumentException(
                $"Target column {index % columns} of row {index / columns} is {targets[index]}; " +
                "every target must be a finite number. Remove or fill in the rows without a target.",
                paramName);
        }

        return Convert<T>(targets);
    }

    /// <summary>Copies a two-dimensional array into a row-major array.</summary>
    public static double[] Flatten(double[,] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var flat = new double[values.Length];
        var columns = values.GetLength(1);
        for (var row = 0; row < values.GetLength(0); row++)
        {
            for (var column = 0; column < columns; column++)
            {
                flat[(row * columns) + column] = values[row, column];
            }
        }

        return flat;
    }

    private static T[] Convert<T>(double[] values)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(double))
        {
            return (T[])(object)values;
        }

        var converted = new T[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            converted[i] = T.CreateChecked(values[i]);
        }

        return converted;
    }
}
