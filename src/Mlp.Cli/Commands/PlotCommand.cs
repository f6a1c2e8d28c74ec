using System.CommandLine;
using Mlp.Cli.Models;
using Mlp.Cli.Plotting;
using Mlp.Data;

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
        command.SetAction(parseResult => Run(parseResult, inputs, parseResult.GetValue(folder)!));
        return command;
    }

    private static int Run(ParseResult parseResult, ModelInputOptions inputs, string path)
    {
        var source = parseResult.GetValue(inputs.Data);
        var modelAndData = InputOverwriteCheck.ModelAndData(parseResult.GetValue(inputs.Model)!, source);
        InputOverwriteCheck.CheckFolder("--out", path, ModelPlots.FileNames, modelAndData);
        OutputFile.CheckFolderWritable("--out", path);
        var model = inputs.LoadModel(parseResult);
        var data = source is null
            ? null
            : ModelData.LoadLabelled(source, model, inputs.CsvOptions(parseResult), inputs.Notices(parseResult));
        FontCheck.WarnIfMissing(parseResult.InvocationConfiguration.Error);
        IReadOnlyList<string> files;
        try
        {
            files = ModelPlots.Write(path, model, data, inputs.Notices(parseResult));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"--out '{path}': {exception.Message}", exception);
        }

        var names = string.Join(", ", files.Select(Path.GetFileName));
        parseResult.InvocationConfiguration.Output.WriteLine(
            $"Drew {CountText.Format(files.Count, "file")} in {path}: {names}.");
        return 0;
    }
}
