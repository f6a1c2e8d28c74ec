using System.CommandLine;
using Mlp.Activations;
using Mlp.Cli.Reporting;
using Mlp.Cli.Training;
using Mlp.Data;
using Mlp.Training;

namespace Mlp.Cli.Commands;

/// <summary>
/// The <c>mlp digits</c> command, the main job: the embedded digits split 80/20 with seed 42,
/// trained twice on the same split and reported side by side.
/// </summary>
internal static class DigitsCommand
{
    /// <summary>
    /// The textbook run: 50 tanh units, softmax output, per-example SGD with learning rate 0.001
    /// for 100 epochs, Glorot-uniform initial weights (seed 1) and rows shuffled every epoch.
    /// It has no momentum and no L2 penalty. It never stops early, because with tol 0 the
    /// stopping rule needs more than 100 epochs without improvement.
    /// </summary>
    public static readonly TrainingOptions Textbook = new()
    {
        HiddenLayerSizes = [50],
        Activation = Activation.Tanh,
        Solver = Solver.Sgd,
        Alpha = 0,
        BatchSize = 1,
        LearningRateInit = 0.001,
        MaxIterations = 100,
        RandomState = 1,
        Tolerance = 0,
        Momentum = 0,
        NesterovsMomentum = false,
        IterationsWithoutImprovement = 100,
    };

    /// <summary>
    /// scikit-learn's configuration: MLPClassifier(hidden_layer_sizes=50, activation='tanh',
    /// solver='sgd', learning_rate='constant', learning_rate_init=0.001,
    /// nesterovs_momentum=False, random_state=1, max_iter=1000), with momentum 0.9, alpha 1e-4,
    /// batch 200 and the stopping rule from its defaults.
    /// </summary>
    public static readonly TrainingOptions ScikitLearn = new()
    {
        HiddenLayerSizes = [50],
        Activation = Activation.Tanh,
        Solver = Solver.Sgd,
        LearningRateSchedule = LearningRateSchedule.Constant,
        LearningRateInit = 0.001,
        NesterovsMomentum = false,
        RandomState = 1,
        MaxIterations = 1000,
    };

    private static readonly Option<bool> Json = new("--json")
    {
        Description = "Print {\"textbook\": {...}, \"sklearn\": {...}}, each object as mlp train --json prints it.",
    };

    private static readonly Option<bool> Quiet = new("--quiet")
    {
        Description = "Show no progress bar.",
    };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command(
            "digits",
            "Train on the embedded handwritten digits (80/20 split, seed 42): the textbook per-example " +
            "SGD run beside scikit-learn's MLPClassifier configuration.")
        {
            Json,
            Quiet,
        };
        command.SetAction(Run);
        return command;
    }

    /// <summary>Runs both trainings on the same split.</summary>
    public static (TrainingSummary Textbook, TrainingSummary ScikitLearn) RunBoth(TextWriter error, bool quiet)
    {
        var digits = EmbeddedDatasets.Digits();
        var (trainRows, testRows) = TrainTestSplit.Split(digits.RowCount, 0.2, 42);
        var train = digits.SelectRows(trainRows);
        var test = digits.SelectRows(testRows);
        var textbook = Train(error, quiet, "textbook", train, test, Textbook);
        var scikitLearn = Train(error, quiet, "scikit-learn configuration", train, test, ScikitLearn);
        return (textbook, scikitLearn);
    }

    private static int Run(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var (textbook, scikitLearn) = RunBoth(parseResult.InvocationConfiguration.Error, parseResult.GetValue(Quiet));
        if (parseResult.GetValue(Json))
        {
            JsonText.WriteTo(output, json =>
            {
                json.WriteStartObject();
                json.WritePropertyName("textbook");
                TrainingSummaryJson.Write(json, textbook);
                json.WritePropertyName("sklearn");
                TrainingSummaryJson.Write(json, scikitLearn);
                json.WriteEndObject();
            });
            return 0;
        }

        output.WriteLine(
            $"digits: {textbook.TrainRows} training rows, {textbook.TestRows} test rows, " +
            $"{textbook.FeatureCount} features, 10 classes; 50 tanh hidden units, softmax output.");
        TrainingTable.Write(Consoles.For(output), [textbook, scikitLearn]);
        return 0;
    }

    private static TrainingSummary Train(
        TextWriter error,
        bool quiet,
        string name,
        Dataset train,
        Dataset test,
        TrainingOptions options)
    {
        return EpochProgressBar.Run(error, quiet, name, options.MaxIterations, progress =>
            TrainingRun.Run(
                name,
                train,
                test,
                options,
                TrainingTask.Classification,
                Precision.Float64,
                progress,
                CancellationToken.None));
    }
}
