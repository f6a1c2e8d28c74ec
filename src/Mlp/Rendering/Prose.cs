namespace Mlp.Rendering;

/// <summary>Plain prose.</summary>
/// <param name="Text">The words, in Unicode.</param>
public sealed record Prose(string Text) : Inline;
