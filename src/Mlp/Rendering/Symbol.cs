namespace Mlp.Rendering;

/// <summary>A formula written out in both notations.</summary>
/// <param name="Text">Unicode form, such as <c>∂L/∂z[3]</c>.</param>
/// <param name="Latex">LaTeX form, such as <c>\frac{\partial L}{\partial z^{[3]}}</c>.</param>
public sealed record Symbol(string Text, string Latex) : Term;
