namespace Mlp.Checking;

/// <summary>One quantity of an answers file, as the student wrote it.</summary>
/// <param name="Path">
/// Path of the quantity without the leading <c>$.</c>, as in <see cref="StepQuantity.Path"/>.
/// </param>
/// <param name="Kind">Scalar, vector or matrix, as written.</param>
/// <param name="Rows">Rows of a matrix or length of a vector, as written.</param>
/// <param name="Columns">Columns of a matrix, 1 otherwise.</param>
/// <param name="Numbers">The numbers row by row; null where an element was left out as null.</param>
public sealed record GivenAnswer(
    string Path,
    QuantityKind Kind,
    int Rows,
    int Columns,
    IReadOnlyList<GivenNumber?> Numbers)
{
    /// <summary>Whether at least one element was given.</summary>
    public bool HasValues => Numbers.Any(number => number is not null);
}
