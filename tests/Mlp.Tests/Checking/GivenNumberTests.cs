using Mlp.Checking;

namespace Mlp.Tests.Checking;

public class GivenNumberTests
{
    [Theory]
    [InlineData("0.2913", 0.2913, 4)]
    [InlineData("-0.0485", -0.0485, 4)]
    [InlineData("1.5e-2", 0.015, 3)]
    [InlineData("1.50E+2", 150.0, 0)]
    [InlineData("3e2", 300.0, -2)]
    [InlineData("0.29131261245159096", 0.29131261245159096, 17)]
    public void Parse_CountsDecimalsOfTheText(string text, double value, int decimals)
    {
        var number = GivenNumber.Parse(text);

        Assert.Equal(value, number.Value);
        Assert.Equal(decimals, number.Decimals);
        Assert.Equal(text, number.Text);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("10")]
    public void Parse_Integer_HasNoDecimalsOfItsOwn(string text)
    {
        Assert.Null(GivenNumber.Parse(text).Decimals);
    }

    [Theory]
    [InlineData("0.2913", 0.29131, true)]
    [InlineData("0.2913", 0.29136, false)]
    [InlineData("0.29", 0.2949, true)]
    [InlineData("0.29", 0.2951, false)]
    [InlineData("0", 1e-17, true)]
    [InlineData("0", 1e-6, false)]
    public void Matches_WithinHalfAUnitOfTheLastDecimal(string text, double exact, bool expected)
    {
        GivenNumber?[] given = [GivenNumber.Parse(text)];

        Assert.Equal(expected, AnswerTolerance.Matches(given, AnswerTolerance.EffectiveDecimals(given), [exact]));
    }
}
