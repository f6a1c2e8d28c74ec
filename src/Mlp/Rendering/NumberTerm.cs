namespace Mlp.Rendering;

/// <summary>A single number, printed with the document's decimals.</summary>
/// <param name="Value">The number.</param>
public sealed record NumberTerm(double Value) : Term;
