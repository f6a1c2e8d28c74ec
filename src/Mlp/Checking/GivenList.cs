namespace Mlp.Checking;

/// <summary>A list of an answers file with one entry per example or per layer, as written.</summary>
/// <param name="Path">
/// Path of the list without the leading <c>$.</c>, such as <c>examples[0].activations</c>.
/// </param>
/// <param name="Count">Number of entries written, null entries included.</param>
public sealed record GivenList(string Path, int Count);
