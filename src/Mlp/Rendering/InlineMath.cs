namespace Mlp.Rendering;

/// <summary>An inline formula.</summary>
/// <param name="Symbol">The formula.</param>
public sealed record InlineMath(Symbol Symbol) : Inline;
