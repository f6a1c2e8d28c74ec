namespace Mlp.Rendering;

/// <summary>A document: a title and its blocks in order.</summary>
/// <param name="Blocks">Every block, the title first.</param>
public sealed record Document(IReadOnlyList<Block> Blocks);
