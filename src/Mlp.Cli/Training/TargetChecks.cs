using Mlp.Data;

namespace Mlp.Cli.Training;

/// <summary>Checks that the targets of mlp train's data suit the task, with messages naming the file.</summary>
internal static class TargetChecks
{
    /// <summary>
    /// Checks the targets of a whole file before the split, so that a message names the file's
    /// own row: numbers for regression, at least two classes for classification.
    /// </summary>
    public static void CheckFile(Dataset data, TrainingTask task, string option)
    {
        if (task == TrainingTask.Regression)
        {
            NumericTargets.Parse(data);
            return;
        }

        if (option != "--data")
        {
            return;
        }

        var classes = ClassLabels.Fit(data.Targets);
        if (classes.IsContinuous)
        {
            throw new ArgumentException(
                $"{option} {data.Name}: the target column \"{data.TargetName}\" holds numbers that are not " +
                "all whole, so they cannot be class labels. Use --task regression to predict numbers.");
        }

        if (classes.Count < 2)
        {
            throw new ArgumentException(
                $"{option} {data.Name}: every row has class '{classes.Classes[0]}' in the target column " +
                $"\"{data.TargetName}\"; a classifier needs at least two classes. Choose another column " +
                "with --target, or use --task regression for a numeric target.");
        }
    }


    /// <summary>Checks that the training rows left by the split hold at least two classes.</summary>
    public static void CheckTrainingSplit(Dataset train, TrainingTask task, string fileName)
    {
        if (task == TrainingTask.Classification && ClassLabels.Fit(train.Targets).Count < 2)
        {
            throw new ArgumentException(
                $"The {train.RowCount} training rows of {fileName} after the split all have class " +
                $"'{train.Targets[0]}'; a classifier needs at least two. Give more rows, or another " +
                "--split-seed or --test-size.");
        }
    }
}
