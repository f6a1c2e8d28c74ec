namespace Mlp.Data;

/// <summary>Whether the first non-blank row of a CSV file is a header of column names.</summary>
public enum CsvHeader
{
    /// <summary>
    /// The first row is a header when any of its feature cells is a non-empty text that does not
    /// parse as a number. The target cell is not considered because class labels may be text.
    /// </summary>
    Auto,

    /// <summary>The first row is a header.</summary>
    Present,

    /// <summary>Every row is data, and columns get generated names.</summary>
    Absent,
}
