using Mlp.Rendering;

namespace Mlp.Tests.Rendering;

public class NumberTextTests
{
    [Theory]
    [InlineData(0.29131261245159096, 4, "0.2913")]
    [InlineData(-0.013315791653435, 4, "-0.0133")]
    [InlineData(-1e-17, 4, "0.0000")]
    [InlineData(-0.00004, 4, "0.0000")]
    [InlineData(-0.00005, 4, "-0.0001")]
    [InlineData(10, 0, "10")]
    [InlineData(-0.4, 0, "0")]
    public void Fixed_RoundsAndDropsSignOfZero(double value, int decimals, string expected)
    {
        Assert.Equal(expected, NumberText.Fixed(value, decimals));
    }

    [Fact]
    public void Shortest_RoundTrips()
    {
        Assert.Equal("0.1", NumberText.Shortest(0.1));
        var text = NumberText.Shortest(0.08360389403602916);

        Assert.Equal(0.08360389403602916, double.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
    }
}
