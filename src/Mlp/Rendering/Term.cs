namespace Mlp.Rendering;

/// <summary>One term of an equation.</summary>
public abstract record Term;
