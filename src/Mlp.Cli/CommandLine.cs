using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

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

        if (parseResult.Errors.Count > 0)
        {
            var messages = parseResult.Errors.Select(parseError => ReadableParseError(parseResult, parseError.Message));
            error.WriteLine(
                $"mlp: error: {string.Join(" ", messages)} " +
                $"Run '{CommandPath(parseResult)} --help' for the options.");
            return InvalidInputExitCode;
        }

        try
        {
            return parseResult.Invoke(configuration);
        }
        catch (Exception exception) when (IsUserError(exception))
        {
            error.WriteLine($"mlp: error: {ReadableMessage(exception)}");
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

    /// <summary>
    /// Returns the exception's message without .NET's " (Parameter 'name')" and "Actual value
    /// was" suffixes, which repeat the message. Out of memory gets a remedy.
    /// </summary>
    private static string ReadableMessage(Exception exception)
    {
        if (exception is OutOfMemoryException or InsufficientMemoryException)
        {
            return "Not enough memory for this network or data set; use smaller layers or fewer rows.";
        }

        var message = exception.Message;
        var suffix = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return suffix < 0 ? message : message[..suffix];
    }

    /// <summary>
    /// Replaces .NET type names in System.CommandLine's parse errors with words, and explains a
    /// value that a true-or-false option left unread, as in --shuffle maybe.
    /// </summary>
    private static string ReadableParseError(ParseResult parseResult, string message)
    {
        if (BadSwitchValue(parseResult, message) is { } switchMessage)
        {
            return switchMessage;
        }

        return Regex.Replace(message, "as expected type '([^']+)'", match => "as " + match.Groups[1].Value switch
        {
            "System.Int32" or "System.Nullable`1[System.Int32]" => "an integer",
            "System.UInt32" or "System.Nullable`1[System.UInt32]" => "an integer from 0 to 4294967295",
            "System.Double" or "System.Nullable`1[System.Double]" => "a number",
            "System.Boolean" => "true or false",
            "Mlp.Data.CsvHeader" => "auto, present or absent",
            var other => $"a value of type {other}",
        });
    }

    /// <summary>
    /// Returns a message for an unrecognised token that follows a true-or-false option, which
    /// System.CommandLine reads only when the token is true or false; null otherwise.
    /// </summary>
    private static string? BadSwitchValue(ParseResult parseResult, string message)
    {
        var match = Regex.Match(message, "^Unrecognized command or argument '(.*)'\\.$");
        if (!match.Success)
        {
            return null;
        }

        var tokens = parseResult.Tokens;
        var options = parseResult.CommandResult.Command.Options;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Value != match.Groups[1].Value)
            {
                continue;
            }

            var name = tokens[i - 1].Value;
            var previous = options.FirstOrDefault(option => option.Name == name || option.Aliases.Contains(name));
            if (previous?.ValueType == typeof(bool))
            {
                return $"{name} takes true or false; got '{tokens[i].Value}'.";
            }
        }

        return null;
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as CommandResult)
        {
            names.Insert(0, result.Command is RootCommand ? "mlp" : result.Command.Name);
        }

        return string.Join(" ", names);
    }

    private static bool IsUserError(Exception exception) =>
        exception is ArgumentException
            or OverflowException
            or OutOfMemoryException
            or FormatException
            or InvalidDataException
            or IOException
            or UnauthorizedAccessException
            or InvalidOperationException
            or System.Text.Json.JsonException
            or OperationCanceledException;
}
