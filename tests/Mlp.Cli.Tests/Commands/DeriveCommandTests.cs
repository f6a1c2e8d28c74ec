using Mlp.Rendering;

namespace Mlp.Cli.Tests.Commands;

public class DeriveCommandTests
{
    [Theory]
    [InlineData("tanh", "g′(z) = 1 − h²")]
    [InlineData("logistic", "g′(z) = h (1 − h)")]
    [InlineData("relu", "g′(z) = 1 where h > 0, 0 elsewhere")]
    [InlineData("softmax-cross-entropy", "∂L/∂z = p − y")]
    [InlineData("logistic-cross-entropy", "= ŷ − y")]
    [InlineData("squared-error", "∂L/∂z = ŷ − y")]
    public void Text_ReachesTheBackpropForm(string name, string expected)
    {
        var result = Cli.Run("derive", name);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Output);
    }

    [Fact]
    public void SoftmaxCrossEntropy_GoesThroughLogSumExp()
    {
        var result = Cli.Run("derive", "softmax-cross-entropy", "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(@"\log p_k = z_k - \log \sum_j e^{z_j}", result.Output);
    }

    [Fact]
    public void Latex_IsAStandaloneDocument()
    {
        var result = Cli.Run("derive", "tanh", "--format", "latex");

        Assert.StartsWith(@"\documentclass", result.Output);
        Assert.Contains(@"1 - \tanh^2(z)", result.Output);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("latex")]
    public void Ascii_EveryDerivation_PrintsOnlyAscii(string format)
    {
        foreach (var name in Derivations.Names)
        {
            var result = Cli.Run("derive", name, "--format", format, "--ascii");

            Assert.Equal(0, result.ExitCode);
            Assert.All(result.Output, character => Assert.True(character < 128, $"'{character}' in {name}"));
        }
    }

    [Fact]
    public void UnknownName_ExitsWithTwo()
    {
        var result = Cli.Run("derive", "sigmoid");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "mlp: error: Unknown derivation 'sigmoid'; expected one of tanh, logistic, relu, " +
            "softmax-cross-entropy, logistic-cross-entropy, squared-error.\n",
            result.Error);
    }
}
