using System.Numerics;

namespace Mlp.LinearAlgebra;

/// <summary>
/// A dense row-major matrix over contiguous memory, possibly a view into a larger buffer such as
/// a network's parameter vector.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class Matrix<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Memory<T> storage;

    /// <summary>Creates a matrix of zeros.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    public Matrix(int rows, int columns)
        : this(new T[CheckedSize(rows, columns)], rows, columns)
    {
    }

    /// <summary>Creates a matrix over existing memory, which it shares with the caller.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    /// <exception cref="ArgumentException">The memory does not hold rows × columns values.</exception>
    public Matrix(Memory<T> storage, int rows, int columns)
    {
        var size = CheckedSize(rows, columns);
        if (storage.Length != size)
        {
            throw new ArgumentException(
                $"A {rows}×{columns} matrix needs {size} values, got {storage.Length}.",
                nameof(storage));
        }

        this.storage = storage;
        Rows = rows;
        Columns = columns;
    }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of columns.</summary>
    public int Columns { get; }

    /// <summary>Element at the given row and column.</summary>
    public T this[int row, int column]
    {
        get => storage.Span[Index(row, column)];
        set => storage.Span[Index(row, column)] = value;
    }

    /// <summary>Creates a matrix from a list of rows of equal length.</summary>
    /// <exception cref="ArgumentException">The rows differ in length or there are none.</exception>
    public static Matrix<T> FromRows(IReadOnlyList<IReadOnlyList<T>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            throw new ArgumentException("A matrix needs at least one row.", nameof(rows));
        }

        var matrix = new Matrix<T>(rows.Count, rows[0].Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Count != matrix.Columns)
            {
                throw new ArgumentException(
                    $"Row {i} has {rows[i].Count} values; row 0 has {matrix.Columns}.",
                    nameof(rows));
            }

            for (var j = 0; j < matrix.Columns; j++)
            {
                matrix[i, j] = rows[i][j];
            }
        }

        return matrix;
    }

    /// <summary>Returns all elements, row after row.</summary>
    public Span<T> AsSpan() => storage.Span;

    /// <summary>Returns one row.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The row is outside the matrix.</exception>
    public Span<T> Row(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows);
        return storage.Span.Slice(row * Columns, Columns);
    }

    /// <summary>Returns a copy as an array of rows.</summary>
    public T[][] ToRows()
    {
        var rows = new T[Rows][];
        for (var i = 0; i < Rows; i++)
        {
            rows[i] = Row(i).ToArray();
        }

        return rows;
    }

    private int Index(int row, int column)
    {
        if ((uint)row >= (uint)Rows)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, $"The matrix has {Rows} rows.");
        }

        if ((uint)column >= (uint)Columns)
        {
            throw new ArgumentOutOfRangeException(
                nameof(column), column, $"The matrix has {Columns} columns.");
        }

        return (row * Columns) + column;
    }

    private static int CheckedSize(int rows, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        return checked(rows * columns);
    }
}
