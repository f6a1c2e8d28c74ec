using System.CommandLine;
using System.Globalization;
using Mlp.Cli.Reporting;
using Mlp.Cli.Training;
using Mlp.Data;
using Mlp.Training;

namespace Mlp.Cli.Commands;

/// <summary>The <c>mlp train</c> command: fit a classifier or regressor and score it on held-out rows.</summary>
internal static class TrainCommand
{
    /// <summary>Exit code when the user interrupts training with Ctrl+C.</summary>
    public const int CancelledExitCode = 130;

    private static readonly Option<string> Data = new("--data")
    {
        Description = "Training data: digits, a CSV file, or idx:IMAGES,LABELS (pixels scaled to [0, 1]).",
        DefaultValueFactory = _ => "digits",
    };

    private static readonly Option<string?> TestData = new("--test-data")
    {
        Description = "Separate test data in the same forms as --data; then --data is not split.",
    };

    private static readonly Option<string?> Target = new("--target")
    {
        Description = "CSV only: header name of the target column. Default: the last column.",
    };

    private static readonly Option<int?> TargetIndex = new Option<int?>("--target-index")
    {
        Description = "CSV only: 0-based index of the target column. Default: the last column.",
    }.NotNegative();

    private static readonly Option<CsvHeader> Header = HeaderOption.Create();

    private static readonly Option<double> TestSize = new("--test-size")
    {
        Description = "Fraction of the rows held out for testing, in (0, 1).",
        DefaultValueFactory = _ => 0.2,
    };

    private static readonly Option<int> SplitSeed = new Option<int>("--split-seed")
    {
        Description = "Seed of the train/test split, as scikit-learn's train_test_split random_state.",
        DefaultValueFactory = _ => 42,
    }.NotNegative();

    private static readonly Option<string> Task = new("--task")
    {
        Description = "What to fit: classification (scored by accuracy) or regression (scored by R²).",
        DefaultValueFactory = _ => "classification",
    };

    private static readonly Option<string> Dtype = new("--dtype")
    {
        Description = "Precision of the weights and arithmetic: float64 or float32.",
        DefaultValueFactory = _ => "float64",
    };

    private static readonly Option<bool> Json = new("--json")
    {
        Description = "Print one JSON object with scikit-learn's attribute names instead of a table.",
    };

    private static readonly Option<string?> DumpWeights = new("--dump-weights")
    {
        Description = "Write the final weights and biases to this JSON file.",
    };

    private static readonly Option<bool> Quiet = new("--quiet")
    {
        Description = "Show no progress bar.",
    };

    /// <summary>Creates the command with every scikit-learn training option.</summary>
    public static Command Create()
    {
        var trainingOptions = new TrainingOptionSet();
        var command = new Command("train", "Train a multilayer perceptron with scikit-learn's semantics and score it.");
        trainingOptions.AddTo(command);
        Option[] own =
        [
            Data, TestData, Target, TargetIndex, Header, TestSize, SplitSeed, Task, Dtype, Json,
            DumpWeights, Quiet,
        ];
        foreach (var option in own)
        {
            command.Options.Add(option);
        }

        var modelOptions = new ModelOptionSet();
        modelOptions.AddTo(command);
        command.SetAction(parseResult => Run(parseResult, trainingOptions, modelOptions));
        return command;
    }

    private static int Run(
        ParseResult parseResult,
        TrainingOptionSet trainingOptionSet,
        ModelOptionSet modelOptions)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var seed = (uint)Random.Shared.NextInt64(0, 1L << 32);
        var options = trainingOptionSet.Bind(parseResult, seed);
        var precision = ParsePrecision(parseResult.GetValue(Dtype)!);
        CheckOutputs(parseResult, modelOptions);
        var task = ParseTask(parseResult.GetValue(Task)!);
        var setup = modelOptions.Prepare(
            parseResult,
            trainingOptionSet,
            options,
            precision,
            task,
            LoadData(parseResult, task));
        WarnOfClippedBatch(error, setup.Options, setup.Train.RowCount);

        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler cancel = (_, args) =>
        {
            args.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += cancel;
        TrainingSummary summary;
        try
        {
            var quiet = parseResult.GetValue(Quiet);
            summary = EpochProgressBar.Run(error, quiet, "training", setup.Options.MaxIterations, progress =>
                TrainingRun.Run(
                    "result",
                    setup.Train,
                    setup.Test,
                    setup.Options,
                    setup.Task,
                    setup.Precision,
                    progress,
                    cancellation.Token,
                    setup.Scaler,
                    setup.WarmStart));
        }
        finally
        {
            Console.CancelKeyPress -= cancel;
        }

        if (parseResult.GetValue(DumpWeights) is { } weightsPath)
        {
            WeightsFile.Write(weightsPath, summary);
        }

        Report(output, error, parseResult.GetValue(Json), setup.Train, summary);
        modelOptions.Finish(parseResult, summary, setup, parseResult.GetValue(Json) ? error : output);
        return summary.Result.StopReason == Mlp.Training.StopReason.Cancelled ? CancelledExitCode : 0;
    }

    private static void Report(TextWriter output, TextWriter error, bool json, Dataset train, TrainingSummary summary)
    {
        if (json)
        {
            JsonText.WriteTo(output, writer => TrainingSummaryJson.Write(writer, summary));
        }
        else
        {
            var classes = summary.Classes is null ? string.Empty : $", {summary.Classes.Count} classes";
            var rows = $"{CountText.Format(summary.TrainRows, "training row")}, " +
                $"{CountText.Format(summary.TestRows, "test row")}";
            output.WriteLine(
                $"{train.Name}: {rows}, {CountText.Format(summary.FeatureCount, "feature")}{classes}; " +
                $"random state {summary.Options.RandomState}.");
            TrainingTable.Write(Consoles.For(output), [summary]);
        }

        Warn(error, summary);
    }

    /// <summary>
    /// Warns, as scikit-learn does, when --batch-size exceeds the rows that are fitted: the
    /// training rows less the validation rows that early stopping holds out.
    /// </summary>
    private static void WarnOfClippedBatch(TextWriter error, TrainingOptions options, int trainRows)
    {
        var fitRows = options.EarlyStopping
            ? trainRows - (int)Math.Ceiling(options.ValidationFraction * trainRows)
            : trainRows;
        if (options.BatchSize is { } batchSize && batchSize > fitRows)
        {
            error.WriteLine(
                $"mlp: warning: --batch-size {batchSize} is larger than the {fitRows} rows fitted, so each " +
                $"batch holds all {fitRows}.");
        }
    }

    private static void Warn(TextWriter error, TrainingSummary summary)
    {
        if (summary.Result.StopReason == Mlp.Training.StopReason.MaxIterations)
        {
            error.WriteLine(
                $"mlp: warning: training reached --max-iter {summary.Options.MaxIterations} while the loss " +
                "was still improving; raise --max-iter or the learning rate to let it converge.");
        }
        else if (summary.Result.StopReason == Mlp.Training.StopReason.Cancelled)
        {
            error.WriteLine("mlp: warning: training was cancelled; the scores are those of the weights at that point.");
        }
    }

    private static (Dataset Train, Dataset Test) LoadData(ParseResult parseResult, TrainingTask task)
    {
        var csvOptions = new CsvReadOptions
        {
            TargetColumnName = parseResult.GetValue(Target),
            TargetColumnIndex = parseResult.GetValue(TargetIndex),
            Header = parseResult.GetValue(Header),
        };
        var progress = parseResult.GetValue(Quiet) ? null : parseResult.InvocationConfiguration.Error;
        var data = DataSource.Load(parseResult.GetValue(Data)!, csvOptions, "--data", progress);
        TargetChecks.CheckFile(data, task, "--data");
        if (parseResult.GetValue(TestData) is { } testSource)
        {
            var test = DataSource.Load(testSource, csvOptions, "--test-data", progress);
            TargetChecks.CheckFile(test, task, "--test-data");
            if (test.FeatureCount != data.FeatureCount)
            {
                throw new ArgumentException(
                    $"--test-data has {test.FeatureCount} features; --data has {data.FeatureCount}. " +
                    "Both need the same columns.");
            }

            return (data, test);
        }

        var testSize = parseResult.GetValue(TestSize);
        if (!(testSize > 0 && testSize < 1))
        {
            var value = testSize.ToString(CultureInfo.InvariantCulture);
            throw new ArgumentException($"--test-size must be in (0, 1); got {value}.");
        }

        var (trainRows, testRows) = TrainTestSplit.Split(data.RowCount, testSize, parseResult.GetValue(SplitSeed));
        var train = data.SelectRows(trainRows);
        TargetChecks.CheckTrainingSplit(train, task, data.Name);
        return (train, data.SelectRows(testRows));
    }

    /// <summary>Checks every output path before training, so a bad path cannot waste a run.</summary>
    private static void CheckOutputs(ParseResult parseResult, ModelOptionSet modelOptions)
    {
        List<(string Option, string Path)> inputs =
        [
            .. DataSource.Files(parseResult.GetValue(Data)!).Select(path => ("--data", path)),
            .. (parseResult.GetValue(TestData) is { } testData ? DataSource.Files(testData) : [])
                .Select(path => ("--test-data", path)),
        ];
        if (parseResult.GetValue(DumpWeights) is { } weightsPath)
        {
            OutputFile.CheckWritable("--dump-weights", weightsPath);
            InputOverwriteCheck.Check("--dump-weights", weightsPath, inputs);
        }

        if (parseResult.GetValue(modelOptions.Save) is { } modelPath)
        {
            OutputFile.CheckWritable("--save", modelPath);

            // --warm-start and --save may name one file: the model is read before it is replaced.
            InputOverwriteCheck.Check("--save", modelPath, inputs);
            if (parseResult.GetValue(DumpWeights) is { } dumpPath)
            {
                InputOverwriteCheck.Check("--save", modelPath, [("--dump-weights", dumpPath)]);
            }
        }

        if (parseResult.GetValue(modelOptions.Plots) is { } plotFolder)
        {
            OutputFile.CheckFolderWritable("--plots", plotFolder);
        }
    }

    private static TrainingTask ParseTask(string text) => text.ToLowerInvariant() switch
    {
        "classification" => TrainingTask.Classification,
        "regression" => TrainingTask.Regression,
        _ => throw new ArgumentException($"--task must be classification or regression; got '{text}'."),
    };

    private static Precision ParsePrecision(string text) => text.ToLowerInvariant() switch
    {
        "float64" or "double" => Precision.Float64,
        "float32" or "float" or "single" => Precision.Float32,
        _ => throw new ArgumentException($"--dtype must be float64 or float32; got '{text}'."),
    };
}
