using System.CommandLine;
using Mlp.Cli.Models;
using Mlp.Data;

namespace Mlp.Cli.Commands;

/// <summary>
/// The options that commands reading a saved model share: the model file, the rows, the target
/// column and the output switches.
/// </summary>
internal sealed class ModelInputOptions
{
    public ModelInputOptions(string dataDescription, bool dataRequired = true)
    {
        Data = new Option<string>("--data")
        {
            Description = dataDescription,
            Required = dataRequired,
        };
    }

    public Option<string> Model { get; } = new("--model")
    {
        Description = "Model file written by mlp train --save.",
        Required = true,
    };

    public Option<string> Data { get; }

    public Option<string?> Target { get; } = new("--target")
    {
        Description = "CSV only: header name of the target column.",
    };

    public Option<int?> TargetIndex { get; } = new Option<int?>("--target-index")
    {
        Description = "CSV only: 0-based index of the target column.",
    }.NotNegative();

    public Option<CsvHeader> Header { get; } = HeaderOption.Create();

    public Option<bool> Quiet { get; } = new("--quiet")
    {
        Description = "Show no progress bar and no notices.",
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Model, Data, Target, TargetIndex, Header, Quiet })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Returns the CSV options: the header and the target column, if one is named.</summary>
    public CsvReadOptions CsvOptions(ParseResult parseResult) => new()
    {
        TargetColumnName = parseResult.GetValue(Target),
        TargetColumnIndex = parseResult.GetValue(TargetIndex),
        Header = parseResult.GetValue(Header),
    };

    /// <summary>Returns where notices go: the error stream, or nowhere with --quiet.</summary>
    public TextWriter Notices(ParseResult parseResult) =>
        parseResult.GetValue(Quiet) ? TextWriter.Null : parseResult.InvocationConfiguration.Error;

    /// <summary>Loads the model and, with --verbose, describes it on the error stream.</summary>
    public LoadedModel LoadModel(ParseResult parseResult)
    {
        var path = parseResult.GetValue(Model)!;
        var model = LoadedModel.Load(path);
        if (parseResult.GetValue(CommandLine.VerboseOption))
        {
            parseResult.InvocationConfiguration.Error.WriteLine($"mlp: {path}: {ModelDescription.Describe(model)}");
        }

        return model;
    }
}
