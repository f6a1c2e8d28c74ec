namespace Mlp.Rendering;

/// <summary>A paragraph of prose with inline formulas.</summary>
/// <param name="Parts">Text and formulas, in order.</param>
public sealed record Paragraph(IReadOnlyList<Inline> Parts) : Block;
