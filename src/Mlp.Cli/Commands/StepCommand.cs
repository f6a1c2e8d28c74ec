using System.CommandLine;
using System.Globalization;
using Mlp.Checking;
using Mlp.Exercises;
using Mlp.Rendering;

namespace Mlp.Cli.Commands;

/// <summary>
/// <c>mlp step</c>: one gradient-descent update of a small network, printed as a worked solution
/// or as JSON with every intermediate value.
/// </summary>
internal static class StepCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command(
            "step",
            "Work out one gradient-descent step with every intermediate value: forward pass, loss, " +
            "backward pass and update.");
        var problem = new ProblemOptions();
        var presentation = new PresentationOptions(withJson: true);
        var gradientCheck = new Option<bool>("--gradcheck")
        {
            Description = "Add a central-difference check of every gradient; exit code 1 when one disagrees.",
        };
        var outputFile = new Option<string?>("--output-file")
        {
            Description = "Write the solution to this file (atomically) instead of standard output.",
        };
        problem.AddTo(command);
        presentation.AddTo(command, includeDecimals: true);
        command.Options.Add(gradientCheck);
        command.Options.Add(outputFile);
        command.SetAction(parseResult =>
        {
            var format = presentation.Format(parseResult);
            var options = presentation.RenderOptions(parseResult);
            var solution = Solve(problem.Create(parseResult));
            var check = parseResult.GetValue(gradientCheck) ? RunGradientCheck(solution.Problem) : null;
            var text = format is { } documentFormat
                ? DocumentRenderer.Render(WorkedSolution.Build(solution, check), documentFormat, options)
                : StepSolutionJson.ToJson(solution, check);
            Write(parseResult, outputFile, text);
            return check is { AllAgree: false } ? 1 : 0;
        });
        return command;
    }

    /// <summary>Solves the step, rejecting one whose values overflow the range of a double.</summary>
    /// <exception cref="ArgumentException">The loss, a gradient or an updated value is not finite.</exception>
    internal static StepSolution Solve(StepProblem problem)
    {
        var solution = GradientDescentStep.Solve(problem);
        if (!solution.IsFinite)
        {
            throw new ArgumentException(
                $"The step overflows: the loss is {solution.Loss.ToString(CultureInfo.InvariantCulture)} " +
                "and some values are infinite or NaN. Use smaller weights (--init or the problem " +
                "file), inputs or learning rate.");
        }

        return solution;
    }

    private static GradientCheckResult RunGradientCheck(StepProblem problem) =>
        GradientCheck.Run(problem.Network, problem.Examples, problem.Loss);

    /// <summary>Writes text to the file of <paramref name="outputFile"/>, or to standard output.</summary>
    internal static void Write(ParseResult parseResult, Option<string?> outputFile, string text)
    {
        var path = parseResult.GetValue(outputFile);
        if (path is null)
        {
            parseResult.InvocationConfiguration.Output.Write(text);
        }
        else
        {
            OutputFile.WriteAtomically(outputFile.Name, path, text);
            parseResult.InvocationConfiguration.Output.WriteLine($"Wrote the worked solution to {path}.");
        }
    }
}
