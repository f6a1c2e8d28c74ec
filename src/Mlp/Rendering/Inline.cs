namespace Mlp.Rendering;

/// <summary>A piece of a paragraph.</summary>
public abstract record Inline;
