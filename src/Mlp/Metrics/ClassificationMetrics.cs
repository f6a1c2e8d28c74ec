namespace Mlp.Metrics;

/// <summary>Scores of predicted class labels against true labels.</summary>
public static class ClassificationMetrics
{
    /// <summary>Returns the fraction of predictions equal to the true label (scikit-learn's accuracy_score).</summary>
    /// <exception cref="ArgumentException">The lists differ in length or are empty.</exception>
    public static double Accuracy<TLabel>(IReadOnlyList<TLabel> truth, IReadOnlyList<TLabel> predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count || truth.Count == 0)
        {
            throw new ArgumentException(
                $"Expected two non-empty lists of equal length; got {truth.Count} and {predicted.Count}.",
                nameof(predicted));
        }

        var comparer = EqualityComparer<TLabel>.Default;
        var correct = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            if (comparer.Equals(truth[i], predicted[i]))
            {
                correct++;
            }
        }

        return (double)correct / truth.Count;
    }
}
