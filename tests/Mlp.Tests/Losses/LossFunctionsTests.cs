using Mlp.Activations;
using Mlp.Losses;

namespace Mlp.Tests.Losses;

/// <summary>
/// Losses and output deltas at extreme logits. Expected values are worked by hand from the
/// log-sum-exp and softplus forms: for example z = [1000, 0], y = [0, 1] gives
/// logsumexp = 1000 + log(1 + e^−1000) = 1000 in double, so L = 1000 − 0.
/// </summary>
public class LossFunctionsTests
{
    [Theory]
    [InlineData(new[] { 1000.0, 0 }, new[] { 0.0, 1 }, 1000.0)]
    [InlineData(new[] { 1000.0, 0 }, new[] { 1.0, 0 }, 0.0)]
    [InlineData(new[] { -1000.0, -1000 }, new[] { 1.0, 0 }, 0.69314718055994529)]
    [InlineData(new[] { 90.0, 2, -2 }, new[] { 0.0, 0, 1 }, 92.0)]
    public void SoftmaxCrossEntropy_ExtremeLogits_GivesFiniteExactLoss(
        double[] logits,
        double[] targets,
        double expected)
    {
        var probabilities = new double[logits.Length];
        ActivationFunctions.ApplyOutput<double>(OutputActivation.Softmax, logits, probabilities, logits.Length);

        var value = LossFunctions.Value<double>(
            OutputActivation.Softmax,
            Loss.CrossEntropy,
            logits,
            probabilities,
            targets);

        Assert.Equal(expected, value, 1e-12);
    }

    [Theory]
    [InlineData(new[] { 1000.0, 0 }, new[] { 0.0, 1 }, new[] { 1.0, -1 })]
    [InlineData(new[] { -1000.0, -1000 }, new[] { 1.0, 0 }, new[] { -0.5, 0.5 })]
    [InlineData(new[] { 90.0, 2, -2 }, new[] { 0.0, 0, 1 }, new[] { 1.0, 0, -1 })]
    public void SoftmaxCrossEntropy_ExtremeLogits_GivesFiniteDeltas(
        double[] logits,
        double[] targets,
        double[] expected)
    {
        var probabilities = new double[logits.Length];
        var deltas = new double[logits.Length];
        ActivationFunctions.ApplyOutput<double>(OutputActivation.Softmax, logits, probabilities, logits.Length);

        LossFunctions.OutputDeltas<double>(OutputActivation.Softmax, Loss.CrossEntropy, probabilities, targets, deltas);

        Assert.Equal(expected, deltas, new ToleranceComparer(1e-12));
    }

    [Theory]
    [InlineData(1000.0, 0.0, 1000.0, 1.0)]
    [InlineData(-1000.0, 1.0, 1000.0, -1.0)]
    [InlineData(-1000.0, 0.0, 0.0, 0.0)]
    [InlineData(0.0, 1.0, 0.69314718055994529, -0.5)]
    public void LogisticCrossEntropy_ExtremeLogits_GivesFiniteLossAndDelta(
        double logit, double target, double expectedLoss, double expectedDelta)
    {
        double[] z = [logit];
        var h = new double[1];
        var delta = new double[1];
        ActivationFunctions.ApplyOutput<double>(OutputActivation.Logistic, z, h, 1);

        var value = LossFunctions.Value<double>(OutputActivation.Logistic, Loss.CrossEntropy, z, h, [target]);
        LossFunctions.OutputDeltas<double>(OutputActivation.Logistic, Loss.CrossEntropy, h, [target], delta);

        Assert.Equal(expectedLoss, value, 1e-12);
        Assert.Equal(expectedDelta, delta[0], 1e-12);
    }

    [Fact]
    public void SquaredError_IsHalfTheSumOfSquares()
    {
        double[] outputs = [0.5, -1, 2];

        var value = LossFunctions.Value<double>(
            OutputActivation.Identity,
            Loss.SquaredError,
            outputs,
            outputs,
            [1.0, 1, 1]);

        Assert.Equal(0.5 * (0.25 + 4 + 1), value);
    }

    [Fact]
    public void SoftmaxCrossEntropy_FloatLogits_StayFinite()
    {
        float[] logits = [1000f, 0f];
        var probabilities = new float[2];
        ActivationFunctions.ApplyOutput<float>(OutputActivation.Softmax, logits, probabilities, 2);

        var value = LossFunctions.Value<float>(
            OutputActivation.Softmax,
            Loss.CrossEntropy,
            logits,
            probabilities,
            [0f, 1f]);

        Assert.Equal(1000f, value);
    }

    [Fact]
    public void CrossEntropy_IdentityOutput_Throws()
    {
        double[] values = [0.5];

        var exception = Assert.Throws<ArgumentException>(() =>
            LossFunctions.Value<double>(OutputActivation.Identity, Loss.CrossEntropy, values, values, values));

        Assert.Equal("loss", exception.ParamName);
    }

    [Fact]
    public void OutputDeltas_LengthMismatch_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            LossFunctions.OutputDeltas<double>(
                OutputActivation.Identity,
                Loss.SquaredError,
                [1.0, 2],
                [1.0],
                new double[2]));

        Assert.Equal("targets", exception.ParamName);
    }

    [Theory]
    [InlineData("squared-error", Loss.SquaredError)]
    [InlineData("cross-entropy", Loss.CrossEntropy)]
    [InlineData(" Cross-Entropy ", Loss.CrossEntropy)]
    public void Parse_KnownNames_ReturnsLoss(string name, Loss expected)
    {
        Assert.Equal(expected, LossNames.Parse(name));
    }

    [Fact]
    public void Parse_UnknownName_ListsChoices()
    {
        var exception = Assert.Throws<ArgumentException>(() => LossNames.Parse("hinge"));

        Assert.Equal("loss", exception.ParamName);
        Assert.Contains("squared-error, cross-entropy", exception.Message);
    }
}
