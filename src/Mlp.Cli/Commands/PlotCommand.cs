using System.CommandLine;
using Mlp.Cli.Models;
using Mlp.Cli.Plotting;

namespace Mlp.Cli.Commands;

/// <summary>The <c>mlp plot</c> command: redraws the plots of a saved model.</summary>
internal static class PlotCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var inputs = new ModelInputOptions(
            "Labelled rows for the confusion matrix and the misclassified images: a CSV file, digits, " +
            "or idx:IMAGES,LABELS. Without it only the loss curve and the weights are drawn.",
            dataRequired: false);
        var folder = new Option<string>("--out")
        {
            Description = "Folder for the PNG and SVG files; created if missing.",
            Required = true,
        };
        var command = new Command(
            "plot",
            "Draw a saved model: loss per epoch (with validation scores), confusion matrix, misclassified " +
            "images and first-layer weights, as PNG and SVG.");
        inputs.AddTo(command);
        command.Options.Add(folder);
        command.SetAction(parseResult =>
        {
            var model = inputs.LoadModel(parseResult);
            var data = parseResult.GetValue(inputs.Data) is { } source
                ? ModelData.LoadLabelled(source, model, inputs.CsvOptions(parseResult), inputs.Notices(parseResult))
                : null;
            var path = parseResult.GetValue(folder)!;
            FontCheck.WarnIfMissing(parseResult.InvocationConfiguration.Error);
            var files = ModelPlots.Write(path, model, data, inputs.Notices(parseResult));
            parseResult.InvocationConfiguration.Output.WriteLine(
                $"Drew {files.Count} files in {path}: {string.Join(", ", files.Select(Path.GetFileName))}.");
            return 0;
        });
        return command;
    }
}
