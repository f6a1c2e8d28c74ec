using Mlp.Activations;
using Mlp.Networks;

namespace Mlp.Tests.Networks;

/// <summary>
/// Networks too large for one .NET array are refused with a message that gives the sizes, before
/// any memory is taken. Array.MaxLength is 2,147,483,591.
/// </summary>
public class NetworkSizeLimitTests
{
    [Fact]
    public void ParameterSet_TooManyWeights_Throws()
    {
        // 50,000 × (50,000 + 1) + 10 × (50,000 + 1) = 2,500,550,010 weights and biases.
        var exception = Assert.Throws<ArgumentException>(() => new ParameterSet<double>([50_000, 50_000, 10]));

        Assert.StartsWith(
            "Layers [50000, 50000, 10] need 2500550010 weights and biases, more than the 2147483591",
            exception.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ParameterSet_SmallNetwork_CountsWeightsAndBiases()
    {
        var parameters = new ParameterSet<float>([3, 4, 2]);

        // 4 × (3 + 1) + 2 × (4 + 1) = 26.
        Assert.Equal(26, parameters.Values.Length);
    }

    [Fact]
    public void BatchWorkspace_HugeBatch_Throws()
    {
        var shape = NetworkShape.Create([100_000, 10], Activation.Relu, OutputActivation.Softmax);

        // 100,000 units × 30,000 rows = 3,000,000,000 values in the input-sized buffer.
        var exception = Assert.Throws<ArgumentException>(() => new BatchWorkspace<double>(shape, 30_000));

        Assert.StartsWith(
            "A batch of 30000 rows of a layer of 100000 units needs 3000000000 values",
            exception.Message,
            StringComparison.Ordinal);
    }
}
