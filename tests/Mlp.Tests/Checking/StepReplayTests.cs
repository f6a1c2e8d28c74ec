using Mlp.Activations;
using Mlp.Checking;
using Mlp.Exercises;
using Mlp.Losses;
using Mlp.Tests.Exercises;

namespace Mlp.Tests.Checking;

/// <summary>
/// The replay is a second implementation of the step. Without a mistake it must agree with the
/// engine; with each mistake it must agree with the NumPy script record_step_mistakes.py.
/// </summary>
public class StepReplayTests
{
    public static TheoryData<string, string> RecordedSteps()
    {
        var data = new TheoryData<string, string>();
        foreach (var problem in StepMistakeReference.ProblemNames)
        {
            foreach (var step in StepMistakeReference.StepNames(problem))
            {
                data.Add(problem, step);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RecordedSteps))]
    public void Run_RecordedMistake_MatchesNumPy(string problemName, string step)
    {
        var problem = StepMistakeReference.Problem(problemName);
        var expected = StepMistakeReference.Values(problemName, step);

        var replayed = StepReplay.Run(problem, StepMistakeReference.Mistake(step), new Dictionary<string, double[]>());

        foreach (var (path, values) in expected)
        {
            Assert.True(replayed.ContainsKey(path), $"{step}: missing {path}");
            Assert.Equal(values, replayed[path], new ToleranceComparer(1e-14));
        }
    }

    [Theory]
    [MemberData(nameof(GradientCheckTests.Pairs), MemberType = typeof(GradientCheckTests))]
    public void Run_WithoutMistake_MatchesEngine(Activation hidden, OutputActivation output, Loss loss)
    {
        var random = new Random(11);
        int[] sizes = [3, 4, 3, 2];
        var network = GradientCheckTests.RandomNetwork(sizes, hidden, output, random);
        var examples = GradientCheckTests.RandomExamples(sizes, output, loss, random, count: 2);
        var problem = new StepProblem(network, loss, 0.3, GradientReduction.Mean, examples);
        var exact = StepQuantities.Values(GradientDescentStep.Solve(problem));

        var replayed = StepReplay.Run(problem, null, new Dictionary<string, double[]>());

        Assert.Equal(exact.Keys.Order(), replayed.Keys.Order());
        foreach (var (path, values) in exact)
        {
            Assert.Equal(values, replayed[path], new ToleranceComparer(1e-12));
        }
    }

    [Fact]
    public void Run_Override_ChangesOnlyLaterValues()
    {
        var problem = ExerciseProblems.IdentitySquaredError();
        var overrides = new Dictionary<string, double[]> { ["examples[0].activations[0]"] = [0.3, 0.3, 0.3, 0.3] };

        var replayed = StepReplay.Run(problem, null, overrides);

        // Worked by hand: z[2] = 4 · 0.1 · 0.3 + 0.1 = 0.22, while z[1] keeps 0.3.
        Assert.Equal([0.3, 0.3, 0.3, 0.3], replayed["examples[0].preActivations[0]"], new ToleranceComparer(1e-15));
        Assert.Equal([0.22, 0.22, 0.22], replayed["examples[0].preActivations[1]"], new ToleranceComparer(1e-15));
    }

    [Fact]
    public void Transpose_SwapsRowsAndColumns()
    {
        Assert.Equal([1.0, 4, 2, 5, 3, 6], StepReplayFormulas.Transpose([1.0, 2, 3, 4, 5, 6], 2, 3));
    }
}
