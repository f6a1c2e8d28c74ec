namespace Mlp.Rendering;

/// <summary>A part of a rendered document: a heading, a paragraph, an equation or a table.</summary>
public abstract record Block;
