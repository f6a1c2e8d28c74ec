namespace Mlp.Checking;

/// <summary>One quantity of a worked step, such as h[1] of the first example or the updated W[3].</summary>
/// <param name="Path">
/// JSON path in the output of <c>mlp step --format json</c> without the leading <c>$.</c>, such
/// as <c>examples[0].activations[0]</c>; lists are 0-based.
/// </param>
/// <param name="Name">Textbook name, layers numbered from 1, such as <c>h[1] of example 1</c>.</param>
/// <param name="Kind">Scalar, vector or matrix.</param>
/// <param name="Rows">Rows of a matrix, length of a vector, 1 for a scalar.</param>
/// <param name="Columns">Columns of a matrix, 1 otherwise.</param>
/// <param name="Example">Index of the example it belongs to, or −1 for the whole step.</param>
public sealed record StepQuantity(
    string Path,
    string Name,
    QuantityKind Kind,
    int Rows,
    int Columns,
    int Example)
{
    /// <summary>Number of values.</summary>
    public int Length => Rows * Columns;

    /// <summary>Whether the quantity is a weight matrix or a weight gradient.</summary>
    public bool IsMatrix => Kind == QuantityKind.Matrix;
}
