using System.CommandLine;
using Mlp.Cli.Models;
using Mlp.Data;

namespace Mlp.Cli.Commands;

/// <summary>
/// The <c>mlp predict</c> command: labels, probabilities or values of a saved model for new rows.
/// </summary>
internal static class PredictCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var inputs = new ModelInputOptions(
            "Rows to predict: a CSV file of the model's feature columns, digits, or idx:IMAGES,LABELS. " +
            "A column whose header is the model's target is ignored.");
        var probabilities = new Option<bool>("--proba")
        {
            Description = "Classifiers only: also write the probability of every class, one column proba_LABEL each.",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the predictions to this CSV file instead of the standard output.",
        };
        var command = new Command("predict", "Predict new rows with a saved model and write the predictions as CSV.");
        inputs.AddTo(command);
        command.Options.Add(probabilities);
        command.Options.Add(output);
        command.SetAction(parseResult => Run(
            parseResult,
            inputs,
            parseResult.GetValue(probabilities),
            parseResult.GetValue(output)));
        return command;
    }

    private static int Run(ParseResult parseResult, ModelInputOptions inputs, bool probabilities, string? outputPath)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var quiet = parseResult.GetValue(inputs.Quiet);
        var source = parseResult.GetValue(inputs.Data)!;
        if (outputPath is not null)
        {
            var modelAndData = InputOverwriteCheck.ModelAndData(parseResult.GetValue(inputs.Model)!, source);
            InputOverwriteCheck.Check("--output", outputPath, modelAndData);
            OutputFile.CheckWritable("--output", outputPath);
        }

        var model = inputs.LoadModel(parseResult);
        if (probabilities && !model.IsClassifier)
        {
            throw new ArgumentException(
                $"--proba needs a classifier, but {parseResult.GetValue(inputs.Model)} holds a regressor, " +
                "which predicts values. Drop --proba.");
        }

        var raw = ModelData.LoadFeatures(source, model, inputs.CsvOptions(parseResult), inputs.Notices(parseResult));
        var error = parseResult.InvocationConfiguration.Error;
        var table = PredictionTable.Predict(model, model.Scale(raw), probabilities, error, quiet);
        if (outputPath is null)
        {
            table.WriteTo(output);
            return 0;
        }

        try
        {
            table.Save(outputPath);
        }
        catch (IOException exception)
        {
            throw new IOException($"--output: {exception.Message}", exception);
        }

        if (!quiet)
        {
            var predictions = CountText.Format(table.Rows.Count, "prediction");
            output.WriteLine($"Wrote {predictions} for {raw.Name} to {outputPath}.");
        }

        return 0;
    }
}
