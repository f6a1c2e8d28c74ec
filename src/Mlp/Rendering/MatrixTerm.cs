namespace Mlp.Rendering;

/// <summary>A matrix of numbers, printed with the document's decimals.</summary>
/// <param name="Rows">Number of rows.</param>
/// <param name="Columns">Number of columns.</param>
/// <param name="Values">Values row by row.</param>
public sealed record MatrixTerm(int Rows, int Columns, IReadOnlyList<double> Values) : Term
{
    /// <summary>Returns a column vector.</summary>
    public static MatrixTerm Column(IReadOnlyList<double> values) => new(values.Count, 1, values);

    /// <summary>Returns a row vector.</summary>
    public static MatrixTerm Row(IReadOnlyList<double> values) => new(1, values.Count, values);

    /// <summary>Returns the value at a row and column.</summary>
    public double this[int row, int column] => Values[(row * Columns) + column];
}
