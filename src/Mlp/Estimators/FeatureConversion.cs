using System.Numerics;

namespace Mlp.Estimators;

/// <summary>Checks feature values and converts them to the estimator's precision.</summary>
internal static class FeatureConversion
{
    /// <summary>Returns the row-major features as <typeparamref name="T"/>, sharing the array for double.</summary>
    /// <exception cref="ArgumentException">
    /// A value is NaN or infinite; the message names its row and column.
    /// </exception>
    public static T[] ToPrecision<T>(double[] features, int columns, string paramName)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var i = 0; i < features.Length; i++)
        {
            if (!double.IsFinite(features[i]))
            {
                throw new ArgumentException(
                    $"Feature {i % columns} of row {i / columns} is {features[i]}; " +
                    "every feature must be a finite number.",
                    paramName);
            }
        }

        if (typeof(T) == typeof(double))
        {
            return (T[])(object)features;
        }

        var converted = new T[features.Length];
        for (var i = 0; i < features.Length; i++)
        {
            converted[i] = T.CreateChecked(features[i]);
        }

        return converted;
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
}
