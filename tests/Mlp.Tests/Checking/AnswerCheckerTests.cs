using System.Globalization;
using Mlp.Activations;
using Mlp.Checking;
using Mlp.Exercises;
using Mlp.Losses;
using Mlp.Networks;
using Mlp.Tests.Exercises;

namespace Mlp.Tests.Checking;

/// <summary>
/// Checks of hand-computed answers. Correct and mistaken values come from the NumPy script
/// record_step_mistakes.py (step-mistakes.json), rounded here to the decimals a student writes.
/// </summary>
public class AnswerCheckerTests
{
    private const string Exercise = "identity-squared-error";

    [Fact]
    public void Check_FullJsonOutput_IsAllRight()
    {
        var solution = GradientDescentStep.Solve(ExerciseProblems.IdentitySquaredError());
        var sheet = AnswerSheet.Parse(StepSolutionJson.ToJson(solution), "answers.json");

        var report = AnswerChecker.Check(solution, sheet);

        Assert.True(report.AllRight);
        Assert.Equal(StepQuantities.Describe(solution.Problem).Count, report.RightCount);
    }

    [Theory]
    [InlineData("identity-squared-error")]
    [InlineData("softmax-cross-entropy")]
    [InlineData("identity-squared-error-batch")]
    [InlineData("asymmetric")]
    public void Check_EveryQuantityAtFourDecimals_IsAllRight(string problemName)
    {
        var problem = StepMistakeReference.Problem(problemName);
        var answers = new AnswerJson(problem);
        foreach (var (path, values) in StepMistakeReference.Values(problemName, "none"))
        {
            answers.Add(path, values);
        }

        var report = Check(problem, answers);

        Assert.True(report.AllRight, Describe(report));
    }

    [Fact]
    public void Check_TwoDecimals_AcceptedAtTheirPrecision()
    {
        // h[1] = 0.29131…, written 0.29; the updated W[3] rows 0.0965… and 0.1178…, written 0.10 and 0.12.
        var problem = ExerciseProblems.IdentitySquaredError();
        var answers = new AnswerJson(problem)
            .AddText("examples[0].activations[0]", ["0.29", "0.29", "0.29", "0.29"])
            .AddText("updated.weights[2]", ["0.10", "0.10", "0.10", "0.12", "0.12", "0.12", "0.10", "0.10", "0.10"]);

        var report = Check(problem, answers);

        Assert.True(report.AllRight, Describe(report));
    }

    [Theory]
    [InlineData("0.3", true)]
    [InlineData("0.2", false)]
    [InlineData("0.4", false)]
    [InlineData("3e-1", true)]
    public void Check_OneDecimal_RightWhenCorrectlyRounded(string text, bool right)
    {
        // h[1] = tanh(0.3) = 0.29131…, which rounds to 0.3 at one decimal: within 0.05 of it.
        var problem = ExerciseProblems.IdentitySquaredError();
        var answers = new AnswerJson(problem).AddText("examples[0].activations[0]", [text, text, text, text]);

        var report = Check(problem, answers);

        Assert.Equal(right, report.AllRight);
    }

    [Fact]
    public void Check_OffByOneInLastDecimal_IsWrong()
    {
        // h[1] = 0.29131… rounds to 0.291; 0.292 is off by one unit of its last decimal.
        var problem = ExerciseProblems.IdentitySquaredError();
        var answers = new AnswerJson(problem)
            .AddText("examples[0].activations[0]", ["0.291", "0.292", "0.291", "0.291"]);

        var report = Check(problem, answers);

        Assert.False(report.AllRight);
        Assert.Equal("examples[0].activations[0]", report.FirstWrong!.Quantity.Path);
        Assert.Null(report.FirstWrong.Mistake);
    }

    [Fact]
    public void Check_IntegerZero_TakesPrecisionOfItsNeighbours()
    {
        // dL/dW[1] rows are [-0.0133…, 0, -0.0133…, 0]: the exact zeros may be written as 0.
        var problem = ExerciseProblems.IdentitySquaredError();
        var row = new[] { "-0.0133", "0", "-0.0133", "0" };
        var answers = new AnswerJson(problem).AddText("gradients.weights[0]", [.. row, .. row, .. row, .. row]);

        var report = Check(problem, answers);

        Assert.True(report.AllRight, Describe(report));
    }

    [Fact]
    public void Check_RoundedEarlierValuesCarriedForward_IsRight()
    {
        // With h[1] written 0.29, z[2] = 4 · 0.1 · 0.29 + 0.1 = 0.216 by hand, while the exact
        // z[2] = 0.216525 rounds to 0.217: right, because it follows from the right h[1].
        var problem = ExerciseProblems.IdentitySquaredError();
        var answers = new AnswerJson(problem)
            .AddText("examples[0].activations[0]", ["0.29", "0.29", "0.29", "0.29"])
            .AddText("examples[0].preActivations[1]", ["0.216", "0.216", "0.216"]);

        var report = Check(problem, answers);

        Assert.True(report.AllRight, Describe(report));
    }

    [Theory]
    [InlineData(Exercise, "derivative-of-pre-activation", "examples[0].deltas[1]")]
    [InlineData(Exercise, "derivative-of-activation", "examples[0].deltas[1]")]
    [InlineData(Exercise, "derivative-of-pre-activation", "examples[0].activationDerivatives[0]")]
    [InlineData(Exercise, "forgotten-bias", "examples[0].preActivations[0]")]
    [InlineData(Exercise, "update-added", "updated.biases[2]")]
    [InlineData(Exercise, "update-added", "updated.weights[2]")]
    [InlineData("identity-squared-error-batch", "mean-instead-of-sum", "gradients.weights[2]")]
    [InlineData("identity-squared-error-batch", "mean-instead-of-sum", "updated.biases[0]")]
    [InlineData("asymmetric", "transposed-weights", "examples[0].preActivations[0]")]
    [InlineData("asymmetric", "forgotten-bias", "examples[0].activations[1]")]
    public void Check_CommonMistake_IsNamed(string problemName, string step, string path)
    {
        var problem = StepMistakeReference.Problem(problemName);
        var mistaken = StepMistakeReference.Values(problemName, step)[path];
        var answers = new AnswerJson(problem).Add(path, mistaken);

        var verdict = Assert.Single(Check(problem, answers).Verdicts);

        Assert.False(verdict.IsRight);
        Assert.Equal(StepMistakeReference.Mistake(step), verdict.Mistake);
        Assert.Null(verdict.CarriedOverFrom);
    }

    [Fact]
    public void Check_SumInsteadOfMean_IsNamed()
    {
        // The mean step's gradient is half the recorded sum; a student who writes the sum erred.
        var sumProblem = StepMistakeReference.Problem("identity-squared-error-batch");
        var meanProblem = new StepProblem(
            sumProblem.Network, sumProblem.Loss, sumProblem.LearningRate, GradientReduction.Mean, sumProblem.Examples);
        var sum = StepMistakeReference.Values("identity-squared-error-batch", "none")["gradients.biases[2]"];
        var answers = new AnswerJson(meanProblem).Add("gradients.biases[2]", sum);

        var verdict = Assert.Single(Check(meanProblem, answers).Verdicts);

        Assert.Equal(CommonMistake.SumInsteadOfMean, verdict.Mistake);
    }

    [Fact]
    public void Check_MatrixWrittenAsInputsByOutputs_IsTransposed()
    {
        // The updated W[2] of the asymmetric problem is 2 × 3; written as 3 × 2 it is transposed.
        var problem = StepMistakeReference.Problem("asymmetric");
        var values = StepMistakeReference.Values("asymmetric", "none")["updated.weights[1]"];
        var texts = values.Select(value => value.ToString("F4", CultureInfo.InvariantCulture)).ToArray();
        var answers = new AnswerJson(problem).AddText("updated.weights[1]", texts, transposed: true);

        var verdict = Assert.Single(Check(problem, answers).Verdicts);

        Assert.False(verdict.IsRight);
        Assert.Equal(CommonMistake.TransposedWeights, verdict.Mistake);
        Assert.True(verdict.WrittenTransposed);
    }

    [Fact]
    public void Check_SquareMatrixTransposed_IsNamed()
    {
        // In the exercise the updated W[1] has rows [0.1013, 0.1, 0.1013, 0.1]; its transpose
        // has rows of 0.1013 and of 0.1.
        var problem = ExerciseProblems.IdentitySquaredError();
        var values = StepMistakeReference.Values(Exercise, "none")["updated.weights[0]"];
        var answers = new AnswerJson(problem).AddText(
            "updated.weights[0]",
            [.. StepReplayFormulas.Transpose(
                values,
                4,
                4).Select(value => value.ToString("F4", CultureInfo.InvariantCulture))]);

        var verdict = Assert.Single(Check(problem, answers).Verdicts);

        Assert.Equal(CommonMistake.TransposedWeights, verdict.Mistake);
    }

    [Fact]
    public void Check_ErrorCarriedOver_NamesTheEarlierValue()
    {
        // δ[2] with 1 − z² is wrong; dL/dW[2] = δ[2] h[1]ᵀ from that δ[2] is carried over. At 4
        // decimals both gradients round to −0.0141, so the answers carry 6.
        var problem = ExerciseProblems.IdentitySquaredError();
        var mistaken = StepMistakeReference.Values(Exercise, "derivative-of-pre-activation");
        var answers = new AnswerJson(problem)
            .Add("examples[0].deltas[1]", mistaken["examples[0].deltas[1]"], decimals: 6)
            .Add("examples[0].gradients.weights[1]", mistaken["examples[0].gradients.weights[1]"], decimals: 6);

        var report = Check(problem, answers);

        Assert.Equal(2, report.WrongCount);
        Assert.Equal(CommonMistake.DerivativeOfPreActivation, report.Verdicts[0].Mistake);
        Assert.Equal("examples[0].deltas[1]", report.Verdicts[1].CarriedOverFrom?.Path);
        Assert.Same(report.Verdicts[0], report.FirstWrong);
    }

    [Theory]
    [InlineData(
        """{"examples": [{"activations": [null, null, null, null]}]}""",
        "a.json: $.examples[0].activations: 4 entries given, but this step has 3 (h[1] at [0] to h[3] at [2]); " +
        "remove the extra entries.")]
    [InlineData(
        """{"examples": [{"activations": [null, null, null, [0.1]]}]}""",
        "a.json: $.examples[0].activations: 4 entries given, but this step has 3 (h[1] at [0] to h[3] at [2]); " +
        "remove the extra entries.")]
    [InlineData(
        """{"examples": [{"activationGradients": [[0.1, 0.1, 0.1, 0.1], null, null]}]}""",
        "a.json: $.examples[0].activationGradients: 3 entries given, but this step has 2 " +
        "(dL/dh[1] at [0] to dL/dh[2] at [1]); remove the extra entries.")]
    [InlineData(
        """{"examples": [{}, {}]}""",
        "a.json: $.examples: 2 entries given, but this step has 1 example; remove the extra entries.")]
    [InlineData(
        """{"examples": [null, {"loss": 0.3764}]}""",
        "a.json: $.examples: 2 entries given, but this step has 1 example; remove the extra entries.")]
    [InlineData(
        """{"updated": {"weights": [null, null, null, null]}}""",
        "a.json: $.updated.weights: 4 entries given, but this step has 3 " +
        "(W[1] after the update at [0] to W[3] after the update at [2]); remove the extra entries.")]
    [InlineData(
        """{"updated": {"biases": [null, null, null, [0.1, 0.1, 0.1]]}, "loss": 0.3764}""",
        "a.json: $.updated.biases: 4 entries given, but this step has 3 " +
        "(b[1] after the update at [0] to b[3] after the update at [2]); remove the extra entries.")]
    public void Check_ListLongerThanStep_ThrowsWithLengths(string json, string expected)
    {
        var solution = GradientDescentStep.Solve(ExerciseProblems.IdentitySquaredError());
        var sheet = AnswerSheet.Parse(json, "a.json");

        var exception = Assert.Throws<InvalidDataException>(() => AnswerChecker.Check(solution, sheet));

        Assert.Equal(expected, exception.Message);
    }

    [Fact]
    public void Check_ListLongerThanBatch_CountsExamples()
    {
        var problem = ExerciseProblems.IdentitySquaredError(ExerciseProblems.First, ExerciseProblems.Second);
        var solution = GradientDescentStep.Solve(problem);
        var sheet = AnswerSheet.Parse("""{"examples": [null, {"deltas": [null, null, null, null]}, null]}""", "a.json");

        var exception = Assert.Throws<InvalidDataException>(() => AnswerChecker.Check(solution, sheet));

        Assert.Equal(
            "a.json: $.examples: 3 entries given, but this step has 2 examples; remove the extra entries.",
            exception.Message);
    }

    [Fact]
    public void Check_NoHiddenLayer_RejectsHiddenLists()
    {
        // A 2-1 network has no hidden layer, so no dL/dh and no g′(z).
        var network = new MultilayerPerceptron<double>(
            NetworkShape.Create([2, 1], Activation.Tanh, OutputActivation.Identity));
        var problem = new StepProblem(network, Loss.SquaredError, 0.1, GradientReduction.Sum, [new([1.0, 0], [1.0])]);
        var sheet = AnswerSheet.Parse("""{"examples": [{"activationDerivatives": [null]}]}""", "a.json");

        var exception = Assert.Throws<InvalidDataException>(
            () => AnswerChecker.Check(GradientDescentStep.Solve(problem), sheet));

        Assert.Equal(
            "a.json: $.examples[0].activationDerivatives: 1 entry given, but this step has none; " +
            "remove the extra entries.",
            exception.Message);
    }

    [Fact]
    public void Check_ShorterLists_AreAccepted()
    {
        var solution = GradientDescentStep.Solve(ExerciseProblems.IdentitySquaredError());
        var sheet = AnswerSheet.Parse(
            """{"examples": [{"activations": [[0.2913, 0.2913, 0.2913, 0.2913]]}], "updated": {"biases": []}}""",
            "a.json");

        var report = AnswerChecker.Check(solution, sheet);

        Assert.True(report.AllRight);
        Assert.Equal("examples[0].activations[0]", Assert.Single(report.Verdicts).Quantity.Path);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"examples": [{"activations": [null, null]}]}""")]
    public void Check_NoAnswers_Throws(string json)
    {
        var solution = GradientDescentStep.Solve(ExerciseProblems.IdentitySquaredError());
        var sheet = AnswerSheet.Parse(json, "a.json");

        var exception = Assert.Throws<InvalidDataException>(() => AnswerChecker.Check(solution, sheet));

        Assert.StartsWith("a.json: holds no answers", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WrongLength_ThrowsWithPathAndShape()
    {
        var solution = GradientDescentStep.Solve(ExerciseProblems.IdentitySquaredError());
        var sheet = AnswerSheet.Parse("""{"examples": [{"activations": [[0.29, 0.29]]}]}""", "a.json");

        var exception = Assert.Throws<InvalidDataException>(() => AnswerChecker.Check(solution, sheet));

        Assert.Contains(
            "a.json: $.examples[0].activations[0]: h[1] has 4 number(s); got 2 number(s).",
            exception.Message);
    }

    [Fact]
    public void Check_NullsOfWrongLength_Throws()
    {
        var solution = GradientDescentStep.Solve(ExerciseProblems.IdentitySquaredError());
        var sheet = AnswerSheet.Parse(
            """{"examples": [{"activations": [null, null, [null, null, null, null]]}]}""",
            "a.json");

        var exception = Assert.Throws<InvalidDataException>(() => AnswerChecker.Check(solution, sheet));

        Assert.Equal(
            "a.json: $.examples[0].activations[2]: h[3] has 3 number(s); got 4 number(s).",
            exception.Message);
    }

    private static AnswerReport Check(StepProblem problem, AnswerJson answers) =>
        AnswerChecker.Check(GradientDescentStep.Solve(problem), AnswerSheet.Parse(answers.ToString(), "answers.json"));

    private static string Describe(AnswerReport report) => string.Join(
        "; ",
        report.Verdicts.Where(verdict => !verdict.IsRight).Select(verdict => verdict.Quantity.Path));
}
