using System.CommandLine;
using Mlp.Cli.Models;
using Mlp.Data;
using Mlp.Models;
using Mlp.Preprocessing;
using Mlp.Training;

namespace Mlp.Cli.Training;

/// <summary>
/// The options of <c>mlp train</c> that keep or continue a model: input scaling, saving, warm
/// start and plots.
/// </summary>
internal sealed class ModelOptionSet
{
    public Option<string> Scale { get; } = new("--scale")
    {
        Description =
            "Input scaling learned on the training rows and stored with the model: none, standard " +
            "(mean 0, variance 1) or minmax (to [0, 1]).",
        DefaultValueFactory = _ => "none",
    };

    public Option<string?> Save { get; } = new("--save")
    {
        Description = "Write the trained model to this JSON file, for mlp predict, evaluate, export and plot.",
    };

    public Option<string?> WarmStart { get; } = new("--warm-start")
    {
        Description =
            "Continue training this saved model (scikit-learn's warm_start): its weights, loss curve " +
            "and options carry on, options given here replace the saved ones, and the optimizer starts afresh.",
    };

    public Option<string?> Plots { get; } = new("--plots")
    {
        Description = "After training, draw the loss curve and the model's plots into this folder as PNG and SVG.",
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Scale, Save, WarmStart, Plots })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>
    /// Loads the warm-start model if any, then learns or takes the scaling and scales the rows.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// An option contradicts the warm-start model, or the rows do not fit it.
    /// </exception>
    public TrainingSetup Prepare(
        ParseResult parseResult,
        TrainingOptionSet optionSet,
        TrainingOptions options,
        Precision precision,
        TrainingTask task,
        (Dataset Train, Dataset Test) data)
    {
        var (train, test) = data;
        if (parseResult.GetValue(WarmStart) is { } path)
        {
            return PrepareWarmStart(parseResult, optionSet, options, path, data);
        }

        var method = parseResult.GetValue(Scale)!;
        var scaler = method.Equals("none", StringComparison.OrdinalIgnoreCase)
            ? null
            : CreateScaler(method).Fit(train);
        return new TrainingSetup
        {
            Options = options,
            Precision = precision,
            Task = task,
            Train = scaler?.Transform(train) ?? train,
            Test = scaler?.Transform(test) ?? test,
            RawTest = test,
            Scaler = scaler,
            WarmStart = null,
        };
    }

    /// <summary>
    /// Saves the model and draws the plots that the options request, and reports the files written.
    /// </summary>
    public void Finish(ParseResult parseResult, TrainingSummary summary, TrainingSetup setup, TextWriter messages)
    {
        if (parseResult.GetValue(Save) is { } path)
        {
            summary.Model!.Save(path);
            messages.WriteLine($"Saved the model to {path}.");
        }

        if (parseResult.GetValue(Plots) is { } folder)
        {
            Plotting.FontCheck.WarnIfMissing(parseResult.InvocationConfiguration.Error);
            var files = Plotting.ModelPlots.Write(folder, summary.Model!, setup.RawTest);
            var names = string.Join(", ", files.Select(Path.GetFileName));
            messages.WriteLine($"Drew {files.Count} files in {folder}: {names}.");
        }
    }

    private TrainingSetup PrepareWarmStart(
        ParseResult parseResult,
        TrainingOptionSet optionSet,
        TrainingOptions given,
        string path,
        (Dataset Train, Dataset Test) data)
    {
        var saved = LoadedModel.Load(path);
        var precision = saved.Saved.Dtype == "float32" ? Precision.Float32 : Precision.Float64;
        var task = saved.IsClassifier ? TrainingTask.Classification : TrainingTask.Regression;
        string[] dtypeNames = precision == Precision.Float32 ? ["float32", "float"] : ["float64", "double"];
        var givenDtype = parseResult.GetValue<string>("--dtype");
        RejectChanged(parseResult, "--dtype", givenDtype, saved.Saved.Dtype, dtypeNames);
        var taskName = task == TrainingTask.Classification ? "classification" : "regression";
        var givenTask = parseResult.GetValue<string>("--task");
        RejectChanged(parseResult, "--task", givenTask, taskName, [taskName]);
        var scaler = saved.Saved.Scaler;
        var method = scaler?.Method ?? "none";
        if (WarmStartOptions.IsExplicit(parseResult, Scale)
            && !parseResult.GetValue(Scale)!.Equals(method, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"--scale {parseResult.GetValue(Scale)} differs from the scaling of {path} ({method}); a warm " +
                "start keeps the scaling learned in the first fit. Drop --scale.");
        }

        if (data.Train.FeatureCount != saved.InputCount)
        {
            throw new ArgumentException(
                $"--data has {data.Train.FeatureCount} features, but {path} takes {saved.InputCount}. " +
                "A warm start continues on rows with the same columns.");
        }

        var options = WarmStartOptions.Merge(saved.Options, given, optionSet, parseResult);
        var model = precision == Precision.Float32
            ? (LoadedModel)new LoadedModel<float>(ModelFile.Load<float>(path, options))
            : new LoadedModel<double>(ModelFile.Load<double>(path, options));
        return new TrainingSetup
        {
            Options = options,
            Precision = precision,
            Task = task,
            Train = scaler?.Transform(data.Train) ?? data.Train,
            Test = scaler?.Transform(data.Test) ?? data.Test,
            RawTest = data.Test,
            Scaler = scaler,
            WarmStart = model,
        };
    }

    private static void RejectChanged(
        ParseResult parseResult,
        string option,
        string? given,
        string saved,
        string[] accepted)
    {
        if (WarmStartOptions.IsExplicit(parseResult, option)
            && !accepted.Contains(given ?? string.Empty, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"{option} {given} differs from the warm-start model's {saved.ToLowerInvariant()}; a warm " +
                $"start keeps it. Drop {option}.");
        }
    }

    private static FeatureScaler CreateScaler(string method)
    {
        try
        {
            return FeatureScaler.Create(method);
        }
        catch (ArgumentException)
        {
            throw new ArgumentException($"--scale must be none, standard or minmax; got '{method}'.");
        }
    }
}
