using Mlp.Activations;
using Mlp.Checking;
using Mlp.Exercises;
using Mlp.Losses;

namespace Mlp.Tests.Exercises;

public class StepProblemFileTests
{
    private const string Valid = """
        {
          "layers": [4, 4, 3, 3],
          "activation": "tanh",
          "output": "identity",
          "loss": "squared-error",
          "initial": 0.1,
          "learningRate": 0.1,
          "examples": [{"inputs": [1, 0, 1, 0], "targets": [0, 1, 0]}]
        }
        """;

    public static TheoryData<string, Func<StepProblem>> ShippedExamples() => new()
    {
        { "identity-squared-error.json", () => ExerciseProblems.IdentitySquaredError() },
        { "softmax-cross-entropy.json", () => ExerciseProblems.SoftmaxCrossEntropy() },
        {
            "identity-squared-error-batch.json",
            () => ExerciseProblems.IdentitySquaredError(ExerciseProblems.First, ExerciseProblems.Second)
        },
        {
            "softmax-cross-entropy-batch.json",
            () => ExerciseProblems.SoftmaxCrossEntropy(ExerciseProblems.First, ExerciseProblems.Second)
        },
    };

    [Theory]
    [MemberData(nameof(ShippedExamples))]
    public void Load_ShippedExample_IsTheCourseExercise(string file, Func<StepProblem> exercise)
    {
        var loaded = StepProblemFile.Load(Path.Combine(AppContext.BaseDirectory, "examples", file));

        var expected = StepQuantities.Values(GradientDescentStep.Solve(exercise()));
        var actual = StepQuantities.Values(GradientDescentStep.Solve(loaded));
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (path, values) in expected)
        {
            ReferenceFile.AssertBitwiseEqual(values, actual[path]);
        }
    }

    [Fact]
    public void Parse_ExplicitParametersAndActivationList_AreRead()
    {
        var problem = StepProblemFile.Parse(
            """
            {
              "layers": [2, 2, 1], "activation": ["relu"], "output": "logistic", "loss": "cross-entropy",
              "learningRate": 0.5, "reduction": "mean",
              "initial": {"weights": [[[1, 2], [3, 4]], [[5, 6]]], "biases": [[0.5, -0.5], [7]]},
              "examples": [{"inputs": [1, 2], "targets": [1]}, {"inputs": [0, 1], "targets": [0]}]
            }
            """,
            "p.json");

        Assert.Equal(Activation.Relu, problem.Network.Shape.HiddenActivations[0]);
        Assert.Equal(OutputActivation.Logistic, problem.Network.Shape.Output);
        Assert.Equal(Loss.CrossEntropy, problem.Loss);
        Assert.Equal(GradientReduction.Mean, problem.Reduction);
        Assert.Equal(3.0, problem.Network.Weights[0][1, 0]);
        Assert.Equal(6.0, problem.Network.Weights[1][0, 1]);
        Assert.Equal(-0.5, problem.Network.Biases[0].Span[1]);
        Assert.Equal(2, problem.Examples.Count);
    }

    [Fact]
    public void Parse_GlorotInitial_MatchesInitializer()
    {
        var problem = StepProblemFile.Parse(Valid.Replace("\"initial\": 0.1", "\"initial\": \"glorot:3\""), "p.json");

        var expected = InitialParameters.Parse("glorot:3").CreateNetwork(problem.Network.Shape);
        Assert.Equal(expected.Parameters.Values, problem.Network.Parameters.Values);
    }

    [Theory]
    [InlineData(
        "\"layers\": [4, 4, 3, 3]",
        "\"layers\": [4, 0, 3]",
        "p.json: $.layers[1]: expected a whole number of units")]
    [InlineData(
        "\"layers\": [4, 4, 3, 3]",
        "\"layers\": [4]",
        "p.json: $.layers: expected at least an input and an output layer")]
    [InlineData(
        "\"activation\": \"tanh\"",
        "\"activation\": \"tanhh\"",
        "p.json: $.activation: Unknown hidden activation 'tanhh'")]
    [InlineData(
        "\"activation\": \"tanh\"",
        "\"activation\": [\"tanh\"]",
        "p.json: $.activation: 1 activation(s) for 2 hidden layer(s)")]
    [InlineData("\"output\": \"identity\"", "\"output\": 3", "p.json: $.output: expected a string, got the number 3.")]
    [InlineData(
        "\"loss\": \"squared-error\"",
        "\"loss\": \"cross-entropy\"",
        "p.json: $.loss: Cross-entropy needs outputs in (0, 1)")]
    [InlineData(
        "\"initial\": 0.1",
        "\"initial\": \"glorot:x\"",
        "p.json: $.initial: 'glorot:x' has an invalid seed 'x'")]
    [InlineData(
        "\"initial\": 0.1",
        "\"initial\": {\"weights\": [], \"biases\": []}",
        "p.json: $.initial.weights: expected 3 entries")]
    [InlineData(
        "\"learningRate\": 0.1",
        "\"learningRate\": -1",
        "p.json: $.learningRate: The learning rate must be a positive number")]
    [InlineData(
        "\"inputs\": [1, 0, 1, 0]",
        "\"inputs\": [1, 0, 1]",
        "p.json: $.examples[0].inputs: expected 4 numbers, one per input unit, got 3.")]
    [InlineData(
        "\"targets\": [0, 1, 0]",
        "\"targets\": [0, \"one\", 0]",
        "p.json: $.examples[0].targets[1]: expected a number, got the string \"one\".")]
    [InlineData(
        "\"targets\": [0, 1, 0]",
        "\"target\": [0, 1, 0]",
        "p.json: $.examples[0].target: unknown field; expected one of inputs, targets.")]
    [InlineData("\"learningRate\": 0.1", "\"learningrate\": 0.1", "p.json: $.learningrate: unknown field")]
    [InlineData("\"loss\": \"squared-error\",", "", "p.json: $: missing field 'loss'.")]
    [InlineData("\"examples\": [", "\"examples\": [,", "p.json: line 8, column")]
    [InlineData(
        "\"learningRate\": 0.1",
        "\"learningRate\": 0.1, \"learningRate\": 5",
        "p.json: $.learningRate: given more than once; keep one of the values.")]
    [InlineData(
        "\"inputs\": [1, 0, 1, 0]",
        "\"inputs\": [1, 0, 1, 0], \"inputs\": [1, 1, 1, 1]",
        "p.json: $.examples[0].inputs: given more than once; keep one of the values.")]
    [InlineData(
        "\"initial\": 0.1",
        "\"initial\": {\"weights\": [], \"biases\": [], \"biases\": []}",
        "p.json: $.initial.biases: given more than once; keep one of the values.")]
    public void Parse_BadField_NamesFileAndPath(string field, string replacement, string expected)
    {
        Assert.Contains(field, Valid);

        var exception = Assert.Throws<InvalidDataException>(
            () => StepProblemFile.Parse(Valid.Replace(field, replacement), "p.json"));

        Assert.StartsWith(expected, exception.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t \r\n")]
    public void Parse_EmptyText_ReportsEmptyFile(string json)
    {
        var exception = Assert.Throws<InvalidDataException>(() => StepProblemFile.Parse(json, "p.json"));

        Assert.Equal(
            "p.json: the file is empty; write a JSON object with the fields of a problem, " +
            "such as layers, loss and examples.",
            exception.Message);
    }

    [Theory]
    [InlineData("tru", "p.json: line 1, column 4: invalid JSON: 'tru' is an invalid JSON literal.")]
    [InlineData("// a problem\n tru", "p.json: line 2, column 5: invalid JSON: 'tru' is an invalid JSON literal.")]
    [InlineData("/* a problem", "p.json: line 1, column 1: invalid JSON: Expected end of comment")]
    public void Parse_InvalidTextWithoutValue_ReportsSyntax(string json, string expected)
    {
        var exception = Assert.Throws<InvalidDataException>(() => StepProblemFile.Parse(json, "p.json"));

        Assert.StartsWith(expected, exception.Message);
    }

    [Theory]
    [InlineData("// a problem\n")]
    [InlineData("/* a problem */ ")]
    [InlineData("// a problem\n// for the course\n")]
    public void Parse_CommentsOnly_Throws(string json)
    {
        var exception = Assert.Throws<InvalidDataException>(() => StepProblemFile.Parse(json, "p.json"));

        Assert.Equal(
            "p.json: the file contains only comments; write a JSON object with the fields of a problem, " +
            "such as layers, loss and examples.",
            exception.Message);
    }
}
