using Mlp.Cli.Models;
using Mlp.Data;

namespace Mlp.Cli.Plotting;

/// <summary>
/// Draws every plot of a model into a folder. The loss curve is always drawn. Labelled rows of a
/// classifier add the confusion matrix and the misclassified images, and inputs that are the
/// pixels of square images add the first-layer weights of each hidden unit.
/// </summary>
internal static class ModelPlots
{
    // Misclassified images drawn at most, so the grid stays readable.
    private const int MaxMisclassified = 40;

    // Hidden units drawn at most in the weights grid.
    private const int MaxUnits = 256;

    private const string LossName = "loss";
    private const string ConfusionMatrixName = "confusion-matrix";
    private const string MisclassifiedName = "misclassified";
    private const string HiddenWeightsName = "hidden-weights";

    /// <summary>Names of every file <see cref="Write"/> may write, without the folder.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        .. new[] { LossName, ConfusionMatrixName, MisclassifiedName, HiddenWeightsName }
            .SelectMany(name => PlotFile.FileNames(name)),
    ];

    /// <summary>Writes the plots as PNG and SVG files and returns their paths.</summary>
    /// <param name="folder">Folder to write into; created if missing.</param>
    /// <param name="model">The model to draw.</param>
    /// <param name="data">
    /// Labelled raw rows for the confusion matrix and misclassified images; null for none.
    /// </param>
    /// <param name="progress">Where a progress bar over the rows goes; null for none.</param>
    public static IReadOnlyList<string> Write(
        string folder,
        LoadedModel model,
        Dataset? data,
        TextWriter? progress = null)
    {
        var files = new List<string>();
        var scoreName = model.IsClassifier ? "accuracy" : "R²";
        if (model.LossCurve.Count > 0)
        {
            var loss = LossPlot.Create(model.LossCurve, model.ValidationScores, scoreName);
            files.AddRange(PlotFile.Write(loss, folder, LossName, 800, 500));
        }

        if (model.IsClassifier && data is { RowCount: > 0 })
        {
            files.AddRange(WriteClassification(folder, model, data, progress));
        }

        var side = ImagePlots.ImageSide(model.Saved.FeatureNames);
        if (side > 0 && model.Shape.LayerCount > 1)
        {
            var units = Math.Min(model.Shape.UnitsOf(0), MaxUnits);
            var weights = model.Weights(0)[..(units * model.InputCount)];
            var (plot, width, height) = ImagePlots.FirstLayerWeights(weights, units, model.InputCount);
            files.AddRange(PlotFile.Write(plot, folder, HiddenWeightsName, width, height));
        }

        return files;
    }

    private static List<string> WriteClassification(
        string folder,
        LoadedModel model,
        Dataset data,
        TextWriter? progress)
    {
        var evaluation = Evaluation.Run(model, data, progress ?? TextWriter.Null, quiet: progress is null);
        var confusion = evaluation.Confusion!;
        var size = Math.Clamp(120 + (confusion.Classes.Count * 60), 500, 1400);
        var plot = ConfusionMatrixPlot.Create(confusion);
        var files = new List<string>(PlotFile.Write(plot, folder, ConfusionMatrixName, size + 100, size));
        var wrong = Enumerable.Range(0, data.RowCount)
            .Where(row => evaluation.TrueClasses[row] != evaluation.PredictedClasses[row])
            .ToArray();
        if (ImagePlots.ImageSide(model.Saved.FeatureNames) == 0 || wrong.Length == 0)
        {
            return files;
        }

        var shown = wrong[..Math.Min(wrong.Length, MaxMisclassified)];
        var images = shown.Select(row => data.Row(row).ToArray()).ToArray();
        var captions = shown
            .Select(row => $"{model.Classes[evaluation.TrueClasses[row]]} as " +
                $"{model.Classes[evaluation.PredictedClasses[row]]}")
            .ToArray();
        var title = $"Misclassified rows, true class as predicted class ({shown.Length} of {wrong.Length})";
        var (grid, width, height) = ImagePlots.Pixels(title, images, captions);
        files.AddRange(PlotFile.Write(grid, folder, MisclassifiedName, width, height));
        return files;
    }
}
