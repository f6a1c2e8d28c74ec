using Mlp.Cli.Reporting;
using Mlp.Data;
using Mlp.Metrics;

namespace Mlp.Cli.Models;

/// <summary>Scores of a model on labelled rows: a confusion matrix, or R², MAE and RMSE.</summary>
internal sealed record Evaluation
{
    /// <summary>The raw rows evaluated, before any scaling.</summary>
    public required Dataset Data { get; init; }

    /// <summary>Counts of true against predicted classes; null for a regressor.</summary>
    public ConfusionMatrix? Confusion { get; init; }

    /// <summary>True class index of each row; empty for a regressor.</summary>
    public IReadOnlyList<int> TrueClasses { get; init; } = [];

    /// <summary>Predicted class index of each row; empty for a regressor.</summary>
    public IReadOnlyList<int> PredictedClasses { get; init; } = [];

    public double? RSquared { get; init; }

    public double? MeanAbsoluteError { get; init; }

    public double? RootMeanSquaredError { get; init; }

    /// <summary>
    /// Predicts every row of <paramref name="raw"/> and scores the predictions against its targets.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A true label is not one of the model's classes.
    /// </exception>
    /// <exception cref="InvalidDataException">A regression target is not a number.</exception>
    public static Evaluation Run(LoadedModel model, Dataset raw, TextWriter error, bool quiet)
    {
        var scaled = model.Scale(raw);
        if (!model.IsClassifier)
        {
            return Regression(model, raw, scaled, error, quiet);
        }

        var labels = ClassLabels.Fit(model.Classes);
        CheckFirstRowIsNoHeader(labels, raw);
        var truth = labels.Encode(raw.Targets);
        var predicted = RowProgress.Map(
            error,
            quiet,
            "evaluating",
            scaled,
            (chunk, first) => labels.Encode(model.PredictLabels(chunk, first)));
        return new Evaluation
        {
            Data = raw,
            Confusion = new ConfusionMatrix(model.Classes, truth, predicted),
            TrueClasses = truth,
            PredictedClasses = predicted,
        };
    }

    /// <summary>
    /// Rejects data whose first label alone is unknown: most likely a header of numbers that
    /// automatic detection read as data.
    /// </summary>
    private static void CheckFirstRowIsNoHeader(ClassLabels labels, Dataset raw)
    {
        if (raw.RowCount < 2 || labels.TryGetIndex(raw.Targets[0], out _))
        {
            return;
        }

        for (var row = 1; row < raw.RowCount; row++)
        {
            if (!labels.TryGetIndex(raw.Targets[row], out _))
            {
                return;
            }
        }

        throw new ArgumentException(
            $"Label \"{raw.Targets[0]}\" at row 1 of {raw.Name} is not one of the model's classes, though " +
            "every other row's label is. If row 1 is a header of numbers, pass --header present.");
    }

    private static Evaluation Regression(LoadedModel model, Dataset raw, Dataset scaled, TextWriter error, bool quiet)
    {
        if (model.Shape.OutputCount != 1)
        {
            throw new ArgumentException(
                $"The model predicts {model.Shape.OutputCount} outputs, but a data file holds one " +
                "target column, so it cannot be evaluated here. Use the library's Score method.");
        }

        var truth = NumericTargets.Parse(raw);
        var predicted = RowProgress.Map(
            error,
            quiet,
            "evaluating",
            scaled,
            (chunk, first) => model.PredictValues(chunk, first).Cast<double>()).ToArray();
        return new Evaluation
        {
            Data = raw,
            RSquared = RegressionMetrics.RSquared(truth, predicted, 1),
            MeanAbsoluteError = RegressionMetrics.MeanAbsoluteError(truth, predicted, 1),
            RootMeanSquaredError = RegressionMetrics.RootMeanSquaredError(truth, predicted, 1),
        };
    }
}
