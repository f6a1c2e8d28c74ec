using System.CommandLine;
using Mlp.Cli.Models;
using Mlp.Cli.Reporting;
using Mlp.Data;

namespace Mlp.Cli.Commands;

/// <summary>The <c>mlp evaluate</c> command: scores of a saved model on labelled rows.</summary>
internal static class EvaluateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var inputs = new ModelInputOptions(
            "Labelled rows: a CSV file with the model's features and target, digits, or idx:IMAGES,LABELS.");
        var json = new Option<bool>("--json")
        {
            Description = "Print one JSON object instead of tables.",
        };
        var command = new Command(
            "evaluate",
            "Score a saved model on labelled rows: accuracy, per-class precision, recall and F1 and the " +
            "confusion matrix for a classifier; R², MAE and RMSE for a regressor.");
        inputs.AddTo(command);
        command.Options.Add(json);
        command.SetAction(parseResult => Run(parseResult, inputs, parseResult.GetValue(json)));
        return command;
    }

    private static int Run(ParseResult parseResult, ModelInputOptions inputs, bool json)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var modelPath = parseResult.GetValue(inputs.Model)!;
        var model = inputs.LoadModel(parseResult);
        var source = parseResult.GetValue(inputs.Data)!;
        var raw = ModelData.LoadLabelled(source, model, inputs.CsvOptions(parseResult), inputs.Notices(parseResult));
        var evaluation = Evaluation.Run(model, raw, error, parseResult.GetValue(inputs.Quiet));
        if (json)
        {
            JsonText.WriteTo(output, writer => EvaluationReport.WriteJson(writer, evaluation, modelPath));
            return 0;
        }

        var rows = CountText.Format(raw.RowCount, "row");
        var features = CountText.Format(raw.FeatureCount, "feature");
        output.WriteLine($"{raw.Name}: {rows}, {features}; {modelPath}: {ModelDescription.Describe(model)}.");
        EvaluationReport.Write(Consoles.For(output), evaluation);
        return 0;
    }
}
