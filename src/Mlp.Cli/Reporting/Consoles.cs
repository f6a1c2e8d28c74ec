using Spectre.Console;

namespace Mlp.Cli.Reporting;

/// <summary>Creates Spectre.Console consoles over the command's writers.</summary>
internal static class Consoles
{
    // Width of tables when the output is not a terminal, so files and tests see the same layout.
    private const int RedirectedWidth = 100;

    /// <summary>
    /// Returns a console that writes to <paramref name="writer"/>, with colours and live display
    /// only when the writer is the process's terminal; Spectre.Console honours NO_COLOR itself.
    /// </summary>
    public static IAnsiConsole For(TextWriter writer)
    {
        var terminal = IsTerminal(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            // Spectre.Console's detection looks at the standard output, which may be redirected
            // to a file while the standard error, where progress bars go, is still a terminal.
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    /// <summary>Whether <paramref name="writer"/> is the standard output or error of a terminal.</summary>
    public static bool IsTerminal(TextWriter writer) =>
        (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected)
        || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);
}
