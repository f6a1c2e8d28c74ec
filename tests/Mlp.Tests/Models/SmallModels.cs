using Mlp.Activations;
using Mlp.Data;
using Mlp.Estimators;
using Mlp.Training;

namespace Mlp.Tests.Models;

/// <summary>Small fitted estimators for the model file tests, a few epochs each.</summary>
internal static class SmallModels
{
    public static readonly TrainingOptions Options = new()
    {
        HiddenLayerSizes = [12, 8],
        Activation = Activation.Tanh,
        MaxIterations = 4,
        RandomState = 7,
    };

    /// <summary>The first 300 digits, ten classes.</summary>
    public static Dataset Digits() => EmbeddedDatasets.Digits().SelectRows([.. Enumerable.Range(0, 300)]);

    /// <summary>Digits 0 and 1 relabelled as "no" and "yes": a binary task with text labels.</summary>
    public static Dataset ZerosAndOnes()
    {
        var digits = EmbeddedDatasets.Digits();
        var rows = Enumerable.Range(0, digits.RowCount).Where(row => digits.Targets[row] is "0" or "1").ToArray();
        var subset = digits.SelectRows(rows);
        var labels = subset.Targets.Select(label => label == "1" ? "yes" : "no").ToArray();
        return new Dataset("zeros-and-ones", subset.Features, subset.FeatureNames, labels, "is_one");
    }

    public static MlpClassifier<T> Classifier<T>(Dataset data, TrainingOptions? options = null)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        var classifier = new MlpClassifier<T>(options ?? Options);
        classifier.Fit(data);
        return classifier;
    }
}
