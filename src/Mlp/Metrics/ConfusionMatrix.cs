namespace Mlp.Metrics;

/// <summary>
/// Counts of predicted against true classes, with the accuracy and the per-class precision,
/// recall and F1 that scikit-learn's <c>classification_report</c> shows.
/// </summary>
/// <remarks>
/// Row k counts the rows whose true class is k, column j those predicted as j. Precision of k is
/// TP / (TP + FP), recall TP / (TP + FN) and F1 = 2PR / (P + R). A class never predicted has
/// precision 0, a class absent from the truth has recall 0, and F1 is 0 when P + R = 0: the
/// values scikit-learn returns with <c>zero_division</c> at its default, which also warns.
/// </remarks>
public sealed class ConfusionMatrix
{
    private readonly int[,] counts;

    /// <summary>Counts class indices in 0 .. classes.Count − 1.</summary>
    /// <param name="classes">Class labels in class-index order.</param>
    /// <param name="truth">True class index of each row.</param>
    /// <param name="predicted">Predicted class index of each row.</param>
    /// <exception cref="ArgumentException">
    /// The lists differ in length, are empty, or hold an index outside the classes.
    /// </exception>
    public ConfusionMatrix(IReadOnlyList<string> classes, IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count || truth.Count == 0)
        {
            throw new ArgumentException(
                $"Expected two non-empty lists of equal length; got {truth.Count} and {predicted.Count}.",
                nameof(predicted));
        }

        Classes = [.. classes];
        counts = new int[classes.Count, classes.Count];
        for (var row = 0; row < truth.Count; row++)
        {
            CheckIndex(truth[row], row, nameof(truth));
            CheckIndex(predicted[row], row, nameof(predicted));
            counts[truth[row], predicted[row]]++;
        }

        Total = truth.Count;
    }

    /// <summary>Class labels in class-index order.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>Number of rows counted.</summary>
    public int Total { get; }

    /// <summary>
    /// Rows of true class <paramref name="actual"/> predicted as <paramref name="predicted"/>.
    /// </summary>
    public int this[int actual, int predicted] => counts[actual, predicted];

    /// <summary>Fraction of rows predicted correctly: the diagonal over the total.</summary>
    public double Accuracy
    {
        get
        {
            var correct = 0;
            for (var k = 0; k < Classes.Count; k++)
            {
                correct += counts[k, k];
            }

            return (double)correct / Total;
        }
    }

    /// <summary>Number of rows whose true class is <paramref name="k"/>.</summary>
    public int Support(int k) => SumRow(k);

    /// <summary>
    /// TP / (TP + FP) of class <paramref name="k"/>; 0 when it is never predicted.
    /// </summary>
    public double Precision(int k)
    {
        var predictedAsK = SumColumn(k);
        return predictedAsK == 0 ? 0 : (double)counts[k, k] / predictedAsK;
    }

    /// <summary>TP / (TP + FN) of class <paramref name="k"/>; 0 when no row has it.</summary>
    public double Recall(int k)
    {
        var support = SumRow(k);
        return support == 0 ? 0 : (double)counts[k, k] / support;
    }

    /// <summary>2PR / (P + R) of class <paramref name="k"/>; 0 when P + R = 0.</summary>
    public double F1(int k)
    {
        var precision = Precision(k);
        var recall = Recall(k);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private int SumRow(int k)
    {
        var sum = 0;
        for (var j = 0; j < Classes.Count; j++)
        {
            sum += counts[k, j];
        }

        return sum;
    }

    private int SumColumn(int k)
    {
        var sum = 0;
        for (var j = 0; j < Classes.Count; j++)
        {
            sum += counts[j, k];
        }

        return sum;
    }

    private void CheckIndex(int index, int row, string paramName)
    {
        if ((uint)index >= (uint)Classes.Count)
        {
            throw new ArgumentException(
                $"Row {row} has class index {index}; expected 0 to {Classes.Count - 1}.",
                paramName);
        }
    }
}
