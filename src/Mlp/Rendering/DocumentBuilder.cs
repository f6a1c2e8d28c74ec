namespace Mlp.Rendering;

/// <summary>Collects the blocks of a document, with short helpers for prose and formulas.</summary>
internal sealed class DocumentBuilder
{
    private readonly List<Block> blocks = [];

    /// <summary>Adds a heading.</summary>
    public DocumentBuilder Heading(int level, string text)
    {
        blocks.Add(new Heading(level, text));
        return this;
    }

    /// <summary>Adds a paragraph of prose (strings) and inline formulas (symbols).</summary>
    public DocumentBuilder Paragraph(params object[] parts)
    {
        blocks.Add(new Paragraph([.. parts.Select(ToInline)]));
        return this;
    }

    /// <summary>Adds an equation whose sides are joined by "=".</summary>
    public DocumentBuilder Equation(params Term[][] sides)
    {
        blocks.Add(new Equation(sides));
        return this;
    }

    /// <summary>Adds a block as it is.</summary>
    public DocumentBuilder Add(Block block)
    {
        blocks.Add(block);
        return this;
    }

    /// <summary>Returns the document.</summary>
    public Document Build() => new([.. blocks]);

    private static Inline ToInline(object part) => part switch
    {
        string text => new Prose(text),
        Symbol symbol => new InlineMath(symbol),
        _ => throw new ArgumentException($"Cannot put a {part.GetType().Name} in a paragraph.", nameof(part)),
    };
}
