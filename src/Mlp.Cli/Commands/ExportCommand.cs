using System.CommandLine;
using Mlp.Cli.Export;
using Mlp.Cli.Models;

namespace Mlp.Cli.Commands;

/// <summary>The <c>mlp export</c> command: a saved model in a format other runtimes read.</summary>
internal static class ExportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var model = new Option<string>("--model")
        {
            Description = "Model file written by mlp train --save.",
            Required = true,
        };
        var onnx = new Option<string>("--onnx")
        {
            Description =
                "Write the model as an ONNX graph (opset 13, float32) to this file: input features, " +
                "output probabilities and class_index for a classifier or predictions for a regressor.",
            Required = true,
        };
        var command = new Command("export", "Export a saved model as an ONNX file for ONNX Runtime and other runtimes.")
        {
            model,
            onnx,
        };
        command.SetAction(parseResult => Run(parseResult, parseResult.GetValue(model)!, parseResult.GetValue(onnx)!));
        return command;
    }

    private static int Run(ParseResult parseResult, string modelPath, string path)
    {
        InputOverwriteCheck.Check("--onnx", path, [("--model", modelPath)]);
        OutputFile.CheckWritable("--onnx", path);
        var loaded = LoadedModel.Load(modelPath);
        try
        {
            OnnxExporter.Save(loaded, path);
        }
        catch (IOException exception)
        {
            throw new IOException($"--onnx: {exception.Message}", exception);
        }

        parseResult.InvocationConfiguration.Output.WriteLine(
            $"Wrote {path}: {ModelDescription.Describe(loaded)}; input features [N, {loaded.InputCount}].");
        return 0;
    }
}
