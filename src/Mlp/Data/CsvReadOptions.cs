using nietras.SeparatedValues;

namespace Mlp.Data;

/// <summary>Settings for <see cref="CsvDatasetReader"/>.</summary>
/// <remarks>
/// Set at most one of <see cref="TargetColumnName"/> and <see cref="TargetColumnIndex"/>. With
/// neither, the last column is the target.
/// </remarks>
public sealed record CsvReadOptions
{
    /// <summary>The defaults: header detected, the last column the target, comma.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>
    /// Whether the first row contains column names. Default <see cref="CsvHeader.Auto"/>.
    /// </summary>
    /// <remarks>
    /// A <see cref="TargetColumnName"/> implies a header, so <see cref="CsvHeader.Auto"/> then
    /// reads the first row as one.
    /// </remarks>
    public CsvHeader Header { get; init; } = CsvHeader.Auto;

    /// <summary>Header name of the target column, or null. Names match exactly (ordinal).</summary>
    public string? TargetColumnName { get; init; }

    /// <summary>0-based index of the target column, or null.</summary>
    public int? TargetColumnIndex { get; init; }

    /// <summary>Character between cells. Default ','.</summary>
    public char Separator { get; init; } = ',';

    /// <summary>Checks that the options fit together.</summary>
    /// <exception cref="ArgumentException">
    /// Both a target name and a target index are set, a target name is set with
    /// <see cref="CsvHeader.Absent"/>, or the separator is not supported.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The target index is negative.</exception>
    internal void Validate(string paramName)
    {
        if (TargetColumnName is not null && TargetColumnIndex is not null)
        {
            throw new ArgumentException(
                $"Both a target column name (\"{TargetColumnName}\") and a target column index " +
                $"({TargetColumnIndex}) are set. Set only one of them.",
                paramName);
        }

        if (TargetColumnName is not null && Header == CsvHeader.Absent)
        {
            throw new ArgumentException(
                $"The target column is given by name (\"{TargetColumnName}\"), but the header " +
                "is set to absent, so the columns have no names. Give the target as a 0-based " +
                "index or read the first row as a header.",
                paramName);
        }

        if (TargetColumnIndex < 0)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                TargetColumnIndex,
                $"The target column index must be 0 or more (0-based), got {TargetColumnIndex}.");
        }

        ValidateSeparator(paramName);
    }

    private void ValidateSeparator(string paramName)
    {
        try
        {
            _ = new Sep(Separator);
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException(
                $"The separator '{Separator}' (U+{(int)Separator:X4}) is not supported. " +
                "Use a printable ASCII character other than a quote, such as ',', ';', " +
                "'|' or a tab.",
                paramName,
                exception);
        }
    }
}
