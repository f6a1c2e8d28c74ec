using System.Text;

namespace Mlp.Rendering;

/// <summary>Spells the Unicode symbols of worked solutions in ASCII, for terminals without Unicode.</summary>
public static class AsciiText
{
    private static readonly Dictionary<char, string> Spellings = new()
    {
        ['−'] = "-",
        ['–'] = "-",
        ['—'] = "--",
        ['η'] = "eta",
        ['σ'] = "sigma",
        ['Σ'] = "sum",
        ['δ'] = "delta",
        ['θ'] = "theta",
        ['≠'] = "!=",
        ['ε'] = "eps",
        ['ŷ'] = "y^",
        ['⊙'] = "*",
        ['·'] = "*",
        ['×'] = "x",
        ['ᵀ'] = "^T",
        ['²'] = "^2",
        ['½'] = "1/2",
        ['∂'] = "d",
        ['′'] = "'",
        ['’'] = "'",
        ['←'] = "<-",
        ['→'] = "->",
        ['≤'] = "<=",
        ['≥'] = ">=",
        ['≈'] = "~",
        ['…'] = "...",
        ['═'] = "=",
        ['─'] = "-",
        ['ₖ'] = "_k",
        ['ⱼ'] = "_j",
        ['ₙ'] = "_n",
        ['ᵢ'] = "_i",
        ['⁻'] = "^-",
        ['¹'] = "1",
    };

    /// <summary>Returns the text with every known symbol spelt in ASCII.</summary>
    public static string Transliterate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            builder.Append(Spellings.TryGetValue(character, out var spelling) ? spelling : character.ToString());
        }

        return builder.ToString();
    }
}
