using Mlp.Activations;

namespace Mlp.Tests.Activations;

/// <summary>
/// Activations and their derivatives. Expected values come from the C library (Math.Tanh,
/// Math.Exp) and from the derivative formulas worked by hand: tanh′ = 1 − tanh², σ′ = σ(1 − σ).
/// </summary>
public class ActivationFunctionsTests
{
    private static readonly double[] Inputs = [-30, -2.5, -1, -1e-10, 0, 1e-300, 1e-10, 0.3, 1, 2.5, 30];

    [Fact]
    public void Tanh_MatchesCLibraryIncludingNearZero()
    {
        var h = new double[Inputs.Length];

        ActivationFunctions.Apply<double>(Activation.Tanh, Inputs, h);

        for (var i = 0; i < Inputs.Length; i++)
        {
            Assert.Equal(Math.Tanh(Inputs[i]), h[i]);
        }

        Assert.True(double.IsPositive(h[4]), "tanh(0) must be +0");
    }

    [Fact]
    public void Logistic_ExtremeInputs_StayInUnitInterval()
    {
        double[] z = [-1000, -40, 0, 40, 1000];
        var h = new double[z.Length];

        ActivationFunctions.Apply<double>(Activation.Logistic, z, h);

        Assert.Equal([0, 1 / (1 + Math.Exp(40)), 0.5, 1 / (1 + Math.Exp(-40)), 1], h);
    }

    [Fact]
    public void Relu_ClampsNegativesToZero()
    {
        var h = new double[Inputs.Length];

        ActivationFunctions.Apply<double>(Activation.Relu, Inputs, h);

        Assert.Equal(Inputs.Select(z => Math.Max(z, 0)), h);
    }

    [Theory]
    [InlineData(Activation.Identity)]
    [InlineData(Activation.Logistic)]
    [InlineData(Activation.Tanh)]
    [InlineData(Activation.Relu)]
    public void DerivativeFromOutput_MatchesCentralDifference(Activation activation)
    {
        double[] z = [-2.5, -0.7, 0.3, 1.9];
        var h = new double[z.Length];
        var derivative = new double[z.Length];
        ActivationFunctions.Apply<double>(activation, z, h);

        ActivationFunctions.DerivativeFromOutput<double>(activation, h, derivative);

        for (var i = 0; i < z.Length; i++)
        {
            double[] around = [z[i] - 1e-6, z[i] + 1e-6];
            var values = new double[2];
            ActivationFunctions.Apply<double>(activation, around, values);
            Assert.Equal((values[1] - values[0]) / 2e-6, derivative[i], 1e-8);
        }
    }

    [Fact]
    public void ReluDerivative_AtZero_IsZero()
    {
        double[] h = [0, 0.5];
        var derivative = new double[2];

        ActivationFunctions.DerivativeFromOutput<double>(Activation.Relu, h, derivative);

        Assert.Equal([0.0, 1.0], derivative);
    }

    [Fact]
    public void Softmax_RowsSumToOneWithoutOverflow()
    {
        double[] z = [1000, 0, -1000, -1000, 90, 2];
        var p = new double[z.Length];

        ActivationFunctions.ApplyOutput<double>(OutputActivation.Softmax, z, p, units: 2);

        Assert.Equal([1, 0, 0.5, 0.5, 1, Math.Exp(-88) / (1 + Math.Exp(-88))], p, new ToleranceComparer(1e-15));
    }

    [Fact]
    public void Apply_LengthMismatch_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => ActivationFunctions.Apply<double>(Activation.Tanh, [1.0, 2.0], new double[1]));

        Assert.Equal("activations", exception.ParamName);
    }

    [Fact]
    public void ApplyOutput_LengthNotMultipleOfUnits_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => ActivationFunctions.ApplyOutput<double>(OutputActivation.Softmax, [1.0, 2, 3], new double[3], 2));

        Assert.Equal("preActivations", exception.ParamName);
    }

    [Theory]
    [InlineData("tanh", Activation.Tanh)]
    [InlineData("RELU", Activation.Relu)]
    [InlineData("logistic", Activation.Logistic)]
    [InlineData("identity", Activation.Identity)]
    public void ParseHidden_KnownNames_ReturnsActivation(string name, Activation expected)
    {
        Assert.Equal(expected, ActivationNames.ParseHidden(name));
    }

    [Fact]
    public void ParseHidden_Softmax_IsRejectedWithChoices()
    {
        var exception = Assert.Throws<ArgumentException>(() => ActivationNames.ParseHidden("softmax"));

        Assert.Equal("activation", exception.ParamName);
        Assert.Contains("identity, logistic, tanh, relu", exception.Message);
    }

    [Fact]
    public void ParseOutput_Tanh_IsRejectedWithChoices()
    {
        var exception = Assert.Throws<ArgumentException>(() => ActivationNames.ParseOutput("tanh"));

        Assert.Equal("output", exception.ParamName);
        Assert.Contains("identity, logistic, softmax", exception.Message);
    }
}
