using Mlp.Activations;
using Mlp.Networks;

namespace Mlp.Tests.Networks;

/// <summary>Guards of <see cref="NetworkShape"/>.</summary>
public class NetworkShapeTests
{
    [Fact]
    public void Create_SoftmaxOfOneUnit_ThrowsArgument()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => NetworkShape.Create([3, 2, 1], Activation.Relu, OutputActivation.Softmax));

        Assert.Equal("output", exception.ParamName);
        Assert.Contains("at least 2 units", exception.Message, StringComparison.Ordinal);
        Assert.Contains("logistic", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SoftmaxOfTwoUnits_Succeeds()
    {
        var shape = NetworkShape.Create([3, 2], Activation.Relu, OutputActivation.Softmax);

        Assert.Equal(2, shape.OutputCount);
    }

    [Fact]
    public void Constructor_UndefinedActivations_ThrowOutOfRange()
    {
        var hidden = Assert.Throws<ArgumentOutOfRangeException>(
            () => NetworkShape.Create([3, 2, 1], (Activation)9, OutputActivation.Logistic));
        var output = Assert.Throws<ArgumentOutOfRangeException>(
            () => NetworkShape.Create([3, 2, 1], Activation.Relu, (OutputActivation)9));

        Assert.Equal("hiddenActivations", hidden.ParamName);
        Assert.Equal("output", output.ParamName);
    }
}
