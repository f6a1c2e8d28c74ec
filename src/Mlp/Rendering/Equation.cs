namespace Mlp.Rendering;

/// <summary>A displayed equation: sides joined by "=", each side a row of terms.</summary>
/// <param name="Sides">The sides, left to right; a long equation breaks between sides.</param>
public sealed record Equation(IReadOnlyList<IReadOnlyList<Term>> Sides) : Block;
