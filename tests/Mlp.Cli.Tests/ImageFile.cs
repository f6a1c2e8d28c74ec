using System.Buffers.Binary;
using System.Globalization;
using System.Xml.Linq;

namespace Mlp.Cli.Tests;

/// <summary>Reads the pixel size of PNG files and the declared size of SVG files.</summary>
internal static class ImageFile
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// Checks the PNG signature and the IHDR chunk that must follow it, and returns the width and
    /// height stored there (big-endian, bytes 16 to 23).
    /// </summary>
    public static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 33, $"{path} is too short to be a PNG.");
        Assert.Equal(PngSignature, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        return (width, height);
    }

    /// <summary>Parses the SVG as XML and returns its root's width and height attributes.</summary>
    public static (int Width, int Height) SvgSize(string path)
    {
        var root = XDocument.Load(path).Root!;
        Assert.Equal("svg", root.Name.LocalName);
        return (ParsePixels(root.Attribute("width")!.Value), ParsePixels(root.Attribute("height")!.Value));
    }

    private static int ParsePixels(string value) =>
        (int)double.Parse(value.Replace("px", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
}
