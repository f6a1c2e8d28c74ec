using Mlp.Cli.Rendering;

namespace Mlp.Cli.Tests.Rendering;

public class BlockImageRendererTests
{
    // Five levels 0, 4, 8, 12 and 16; each value takes the nearest, halves rounding up.
    [Theory]
    [InlineData(0, ' ')]
    [InlineData(1, ' ')]
    [InlineData(2, '░')]
    [InlineData(5, '░')]
    [InlineData(6, '▒')]
    [InlineData(9, '▒')]
    [InlineData(10, '▓')]
    [InlineData(13, '▓')]
    [InlineData(14, '█')]
    [InlineData(16, '█')]
    public void Shade_DigitValue_TakesNearestLevel(double value, char expected)
    {
        var renderer = new BlockImageRenderer(8, 8, maximum: 16, width: 80);

        Assert.Equal(expected, renderer.Shade(value));
    }

    [Fact]
    public void Write_OneImage_DrawsFramedPixels()
    {
        var renderer = new BlockImageRenderer(2, 2, maximum: 16, width: 80);
        var output = new StringWriter();

        renderer.Write(output, [[0, 16, 8, 4]], ["a"]);

        Assert.Equal(
            "a\n┌────┐\n│  ██│\n│▒▒░░│\n└────┘\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_NarrowWidth_StacksImages()
    {
        var renderer = new BlockImageRenderer(1, 1, maximum: 1, width: 5);
        var output = new StringWriter();

        renderer.Write(output, [[1], [0]], ["a", "b"]);

        Assert.Equal(
            "a\n┌──┐\n│██│\n└──┘\n\nb\n┌──┐\n│  │\n└──┘\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_LongCaption_IsCutToFrameWidth()
    {
        var renderer = new BlockImageRenderer(1, 2, maximum: 1, width: 80);
        var output = new StringWriter();

        renderer.Write(output, [[0, 0], [1, 1]], ["abcdefghij", "z"]);

        var lines = output.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("abcdef  z", lines[0]);
        Assert.Equal("┌────┐  ┌────┐", lines[1]);
        Assert.Equal("│    │  │████│", lines[2]);
    }
}
