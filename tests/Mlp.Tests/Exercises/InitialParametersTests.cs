using Mlp.Activations;
using Mlp.Exercises;
using Mlp.Networks;
using Mlp.Randomness;

namespace Mlp.Tests.Exercises;

public class InitialParametersTests
{
    [Fact]
    public void Parse_Constant_FillsEveryParameter()
    {
        var shape = NetworkShape.Create([2, 3, 1], Activation.Tanh, OutputActivation.Identity);

        var network = InitialParameters.Parse("-0.25").CreateNetwork(shape);

        Assert.All(network.Parameters.Values, value => Assert.Equal(-0.25, value));
    }

    [Fact]
    public void Parse_Glorot_DrawsFromNumPyStream()
    {
        var shape = NetworkShape.Create([2, 3, 1], Activation.Logistic, OutputActivation.Identity);
        var expected = new MultilayerPerceptron<double>(shape);
        Initializers.GlorotUniform(expected, new NumPyRandomState(42), Activation.Logistic);

        var network = InitialParameters.Parse("glorot:42").CreateNetwork(shape);

        Assert.Equal(expected.Parameters.Values, network.Parameters.Values);
        Assert.Equal("glorot:42", InitialParameters.Parse("GLOROT:42").ToString());
    }

    [Theory]
    [InlineData("abc", "'abc' is neither a number nor glorot:SEED")]
    [InlineData("glorot:", "'glorot:' has an invalid seed ''")]
    [InlineData("glorot:-1", "'glorot:-1' has an invalid seed '-1'")]
    [InlineData("NaN", "'NaN' is neither a number nor glorot:SEED")]
    public void Parse_Invalid_ThrowsFormatException(string text, string expected)
    {
        var exception = Assert.Throws<FormatException>(() => InitialParameters.Parse(text));

        Assert.StartsWith(expected, exception.Message);
    }
}
