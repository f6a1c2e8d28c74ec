namespace Mlp.Data;

/// <summary>Parses the targets of a data set as numbers, for regression.</summary>
public static class NumericTargets
{
    /// <summary>Returns the target of each row as a finite double.</summary>
    /// <remarks>
    /// Targets parse as features do: invariant culture, '.' decimal point, optional exponent,
    /// surrounding whitespace allowed.
    /// </remarks>
    /// <exception cref="InvalidDataException">
    /// A target is not a finite number. The message names the data set, the 1-based data row
    /// (the header does not count) and the value.
    /// </exception>
    public static double[] Parse(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var values = new double[data.RowCount];
        for (var row = 0; row < values.Length; row++)
        {
            var target = data.Targets[row];
            if (!CsvDatasetReader.TryParseFeature(target, out values[row]))
            {
                throw new InvalidDataException(
                    $"{data.Name}, data row {row + 1}: target \"{data.TargetName}\" is " +
                    $"\"{target}\", which is not a finite number. Regression needs a numeric " +
                    "target in every row. Check the target column, or train a classifier if " +
                    "the targets are class labels.");
            }
        }

        return values;
    }
}
