namespace Mlp.Rendering;

/// <summary>A section heading; level 1 is the title.</summary>
/// <param name="Level">1 for the title, 2 for a section, 3 for a subsection.</param>
/// <param name="Text">Heading text, plain.</param>
public sealed record Heading(int Level, string Text) : Block;
