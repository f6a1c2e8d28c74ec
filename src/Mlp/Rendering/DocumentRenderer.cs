namespace Mlp.Rendering;

/// <summary>Renders a document in one of the <see cref="DocumentFormat"/>s.</summary>
public static class DocumentRenderer
{
    /// <summary>Returns the document's text in the format, ending with a newline.</summary>
    public static string Render(Document document, DocumentFormat format, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Decimals, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Decimals, RenderOptions.MaxDecimals, nameof(options));
        return format switch
        {
            DocumentFormat.Text => TextRenderer.Render(document, options),
            DocumentFormat.Markdown => MarkdownRenderer.Render(document, options),
            DocumentFormat.Latex => LatexRenderer.Render(document, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }
}
