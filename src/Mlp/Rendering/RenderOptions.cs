namespace Mlp.Rendering;

/// <summary>How a document is printed.</summary>
/// <param name="Decimals">Digits after the point of every number in a matrix; default 4.</param>
/// <param name="Ascii">Whether plain text uses ASCII only: brackets and words for symbols.</param>
/// <param name="Width">Column budget of plain text; equations break between sides past it.</param>
public sealed record RenderOptions(int Decimals = 4, bool Ascii = false, int Width = 80)
{
    /// <summary>Largest number of decimals accepted.</summary>
    public const int MaxDecimals = 15;
}
