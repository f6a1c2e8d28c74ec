using System.CommandLine;
using Mlp.Rendering;

namespace Mlp.Cli.Commands;

/// <summary>Options that choose how a document is printed: format, decimals and ASCII.</summary>
internal sealed class PresentationOptions(bool withJson)
{
    private readonly string formats = withJson ? "text, markdown, latex or json" : "text, markdown or latex";

    private readonly Option<string> format = new("--format")
    {
        Description = withJson
            ? "Output format: text, markdown, latex or json."
            : "Output format: text, markdown or latex.",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<int> decimals = new("--decimals")
    {
        Description = "Digits after the point of every printed number (JSON keeps full precision).",
        DefaultValueFactory = _ => 4,
    };

    private readonly Option<bool> ascii = new("--ascii")
    {
        Description = "Plain text in ASCII only: [ ] brackets and symbols spelt out.",
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command, bool includeDecimals)
    {
        command.Options.Add(format);
        if (includeDecimals)
        {
            command.Options.Add(decimals);
        }

        command.Options.Add(ascii);
    }

    /// <summary>Returns the format, or null for JSON.</summary>
    /// <exception cref="OptionValueException">The format is unknown.</exception>
    public DocumentFormat? Format(ParseResult parseResult)
    {
        var text = parseResult.GetValue(format)!;
        return text.Trim().ToLowerInvariant() switch
        {
            "text" => DocumentFormat.Text,
            "markdown" or "md" => DocumentFormat.Markdown,
            "latex" or "tex" => DocumentFormat.Latex,
            "json" when withJson => null,
            _ => throw OptionValueException.ForValue(
                "--format",
                text,
                $"unknown format; expected {formats}."),
        };
    }

    /// <summary>Returns the render options.</summary>
    /// <exception cref="OptionValueException">The decimals are out of range.</exception>
    public RenderOptions RenderOptions(ParseResult parseResult)
    {
        var count = parseResult.GetValue(decimals);
        if (count is < 0 or > Mlp.Rendering.RenderOptions.MaxDecimals)
        {
            throw OptionValueException.ForValue(
                "--decimals",
                count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"expected a whole number from 0 to {Mlp.Rendering.RenderOptions.MaxDecimals}.");
        }

        return new RenderOptions(count, parseResult.GetValue(ascii));
    }
}
