using Mlp.Activations;
using Mlp.Estimators;
using Mlp.Training;

namespace Mlp.Tests.Training;

/// <summary>
/// <see cref="TrainingOptions.Problems"/> rejects enum values outside their definitions and
/// non-finite numbers, in the same "NAME must be ...; got VALUE." form as the range checks.
/// </summary>
public class TrainingOptionsTests
{
    [Fact]
    public void Problems_Defaults_Empty()
    {
        Assert.Empty(new TrainingOptions().Problems());
    }

    [Fact]
    public void Problems_UndefinedEnums_NamesEachOption()
    {
        var options = new TrainingOptions
        {
            Solver = (Solver)99,
            LearningRateSchedule = (LearningRateSchedule)99,
            Activation = (Activation)99,
        };

        var problems = options.Problems();

        Assert.Equal(3, problems.Count);
        Assert.Contains(
            "activation must be one of identity, logistic, tanh, relu; got the undefined value 99.",
            problems);
        Assert.Contains("solver must be one of sgd, adam; got the undefined value 99.", problems);
        Assert.Contains(
            "learning_rate must be one of constant, invscaling, adaptive; got the undefined value 99.",
            problems);
    }

    [Fact]
    public void Constructor_UndefinedSolver_ThrowsArgument()
    {
        var options = new TrainingOptions { Solver = (Solver)99 };

        var exception = Assert.Throws<ArgumentException>(() => new MlpClassifier<double>(options));

        Assert.Equal("options", exception.ParamName);
        Assert.Contains("solver must be one of", exception.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, double> NonFiniteOptions() => new()
    {
        { "alpha", double.PositiveInfinity },
        { "alpha", double.NaN },
        { "learning_rate_init", double.PositiveInfinity },
        { "learning_rate_init", double.NaN },
        { "power_t", double.PositiveInfinity },
        { "power_t", double.NaN },
        { "tol", double.PositiveInfinity },
        { "tol", double.NaN },
        { "momentum", double.PositiveInfinity },
        { "momentum", double.NaN },
        { "validation_fraction", double.NaN },
        { "validation_fraction", double.NegativeInfinity },
        { "beta_1", double.NaN },
        { "beta_2", double.PositiveInfinity },
        { "epsilon", double.PositiveInfinity },
        { "epsilon", double.NaN },
    };

    [Theory]
    [MemberData(nameof(NonFiniteOptions))]
    public void Problems_NonFiniteNumber_NamesOption(string option, double value)
    {
        var options = option switch
        {
            "alpha" => new TrainingOptions { Alpha = value },
            "learning_rate_init" => new TrainingOptions { LearningRateInit = value },
            "power_t" => new TrainingOptions { PowerT = value },
            "tol" => new TrainingOptions { Tolerance = value },
            "momentum" => new TrainingOptions { Momentum = value },
            "validation_fraction" => new TrainingOptions { ValidationFraction = value },
            "beta_1" => new TrainingOptions { Beta1 = value },
            "beta_2" => new TrainingOptions { Beta2 = value },
            _ => new TrainingOptions { Epsilon = value },
        };

        var problem = Assert.Single(options.Problems());

        Assert.StartsWith($"{option} must be in ", problem, StringComparison.Ordinal);
    }
}
