using SkiaSharp;

namespace Mlp.Cli.Plotting;

/// <summary>Warns when the system has no fonts, because plots then lose all their text.</summary>
internal static class FontCheck
{
    /// <summary>Writes a warning with the remedy when SkiaSharp finds no usable font.</summary>
    /// <remarks>
    /// Without fonts, SkiaSharp 3.119 on Linux reports one font family whose default typeface
    /// has an empty family name, so that name is the test.
    /// </remarks>
    public static void WarnIfMissing(TextWriter error)
    {
        if (SKFontManager.Default.FontFamilyCount == 0 || string.IsNullOrEmpty(SKTypeface.Default.FamilyName))
        {
            error.WriteLine(
                "mlp: warning: no fonts are installed, so the plots have no titles, labels or " +
                "captions. Install a font package, such as fonts-dejavu-core on Debian or Ubuntu.");
        }
    }
}
