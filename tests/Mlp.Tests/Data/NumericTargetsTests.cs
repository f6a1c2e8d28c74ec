using Mlp.Data;

namespace Mlp.Tests.Data;

public class NumericTargetsTests
{
    [Fact]
    public void Parse_NumericText_ReturnsValues()
    {
        var data = CreateDataset(["1.5", " -2 ", "3e2", "0"]);

        Assert.Equal([1.5, -2, 300, 0], NumericTargets.Parse(data));
    }

    [Theory]
    [InlineData("cat")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("")]
    public void Parse_NonNumber_NamesRowAndValue(string target)
    {
        var data = CreateDataset(["1", target]);

        var exception = Assert.Throws<InvalidDataException>(() => NumericTargets.Parse(data));

        Assert.StartsWith(
            $"prices.csv, data row 2: target \"price\" is \"{target}\", which is not a " +
            "finite number.",
            exception.Message);
    }

    private static Dataset CreateDataset(string[] targets) =>
        new("prices.csv", new double[targets.Length], ["x0"], targets, "price");
}
