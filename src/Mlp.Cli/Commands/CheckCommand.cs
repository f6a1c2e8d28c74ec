using System.CommandLine;
using Mlp.Checking;
using Mlp.Rendering;

namespace Mlp.Cli.Commands;

/// <summary>
/// <c>mlp check</c>: compares a student's hand-computed values with the exact step and names
/// common mistakes.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Exit code when some given value is wrong.</summary>
    public const int WrongAnswersExitCode = 1;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command(
            "check",
            "Check hand-computed values of a step (any subset of the fields of mlp step --format json) " +
            "against the exact ones. Exit code 0 when all are right, 1 otherwise.");
        var problem = new ProblemOptions();
        var answers = new Option<string>("--answers")
        {
            Description = "JSON file of answers, shaped like the output of mlp step --format json.",
            Required = true,
        };
        var ascii = new Option<bool>("--ascii") { Description = "Print the report in ASCII only." };
        problem.AddTo(command);
        command.Options.Add(answers);
        command.Options.Add(ascii);
        command.SetAction(parseResult =>
        {
            var solution = StepCommand.Solve(problem.Create(parseResult));
            var sheet = LoadAnswers(parseResult.GetValue(answers)!);
            var report = AnswerChecker.Check(solution, sheet);
            var text = AnswerReportText.Format(report);
            parseResult.InvocationConfiguration.Output.Write(
                parseResult.GetValue(ascii) ? AsciiText.Transliterate(text) : text);
            return report.AllRight ? 0 : WrongAnswersExitCode;
        });
        return command;
    }

    private static AnswerSheet LoadAnswers(string path)
    {
        try
        {
            return AnswerSheet.Load(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"--answers '{path}': cannot read the file: {exception.Message}", exception);
        }
    }
}
