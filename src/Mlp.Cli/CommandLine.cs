using System.CommandLine;

namespace Mlp.Cli;

/// <summary>Builds the <c>mlp</c> command tree and runs it with readable errors.</summary>
public static class CommandLine
{
    /// <summary>Exit code for invalid input: a bad option value, file or data.</summary>
    public const int InvalidInputExitCode = 2;

    /// <summary>Option that shows stack traces with errors.</summary>
    public static readonly Option<bool> VerboseOption = new("--verbose")
    {
        Description = "Show details while running and the stack trace with an error.",
        Recursive = true,
    };

    /// <summary>Parses <paramref name="args"/>, runs the command and returns its exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = CreateRootCommand();
        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
        };

        try
        {
            return parseResult.Invoke(configuration);
        }
        catch (Exception exception) when (IsUserError(exception))
        {
            error.WriteLine($"mlp: error: {exception.Message}");
            if (parseResult.GetValue(VerboseOption))
            {
                error.WriteLine(exception.ToString());
            }

            return InvalidInputExitCode;
        }
    }

    /// <summary>Creates the root command with every subcommand.</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand(
            "Multilayer perceptrons trained by backpropagation: worked steps, " +
            "answer checking and training with scikit-learn's semantics.");
        root.Options.Add(VerboseOption);
        root.Subcommands.Add(Commands.DigitsCommand.Create());
        root.Subcommands.Add(Commands.TrainCommand.Create());
        root.Subcommands.Add(Commands.StepCommand.Create());
        root.Subcommands.Add(Commands.CheckCommand.Create());
        root.Subcommands.Add(Commands.DeriveCommand.Create());
        root.Subcommands.Add(Commands.DataCommand.Create());
        root.Subcommands.Add(Commands.PredictCommand.Create());
        root.Subcommands.Add(Commands.EvaluateCommand.Create());
        root.Subcommands.Add(Commands.ExportCommand.Create());
        root.Subcommands.Add(Commands.PlotCommand.Create());
        return root;
    }

    private static bool IsUserError(Exception exception) =>
        exception is ArgumentException
            or FormatException
            or InvalidDataException
            or IOException
            or UnauthorizedAccessException
            or InvalidOperationException
            or System.Text.Json.JsonException
            or OperationCanceledException;
}
