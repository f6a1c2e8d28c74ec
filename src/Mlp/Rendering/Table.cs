namespace Mlp.Rendering;

/// <summary>A table of plain cells with a header row.</summary>
/// <param name="Header">Column titles.</param>
/// <param name="Rows">Cells, row by row.</param>
/// <param name="RightAligned">Per column, whether cells align right (numbers) or left.</param>
public sealed record Table(
    IReadOnlyList<string> Header,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<bool> RightAligned) : Block;
