using System.CommandLine;
using Mlp.Rendering;

namespace Mlp.Cli.Commands;

/// <summary><c>mlp derive NAME</c>: the step-by-step derivation of a derivative used in backprop.</summary>
internal static class DeriveCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var names = string.Join(", ", Derivations.Names);
        var command = new Command(
            "derive",
            $"Print the step-by-step derivation of a derivative used in backprop: {names}.");
        var name = new Argument<string>("name")
        {
            Description = $"The derivation: {names}.",
        };
        var presentation = new PresentationOptions(withJson: false);
        command.Arguments.Add(name);
        presentation.AddTo(command, includeDecimals: false);
        command.SetAction(parseResult =>
        {
            var text = parseResult.GetValue(name)!;
            Document document;
            try
            {
                document = Derivations.Build(text);
            }
            catch (ArgumentException exception)
            {
                throw new OptionValueException("name", OptionValueException.MessageOf(exception));
            }

            var format = presentation.Format(parseResult)!.Value;
            parseResult.InvocationConfiguration.Output.Write(
                DocumentRenderer.Render(document, format, presentation.RenderOptions(parseResult)));
            return 0;
        });
        return command;
    }
}
