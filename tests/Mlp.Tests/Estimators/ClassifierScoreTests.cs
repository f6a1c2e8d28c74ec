using Mlp.Data;
using Mlp.Tests.Models;

namespace Mlp.Tests.Estimators;

/// <summary>
/// Accuracy on data whose labels differ from the training labels. scikit-learn's score compares
/// predictions with the labels as given, so a label of no class counts as a wrong prediction.
/// </summary>
public class ClassifierScoreTests
{
    [Fact]
    public void Score_LabelOfNoClass_CountsAsWrong()
    {
        var data = SmallModels.ZerosAndOnes().SelectRows([0, 1, 2, 3]);
        var classifier = SmallModels.Classifier<double>(SmallModels.ZerosAndOnes());
        var labels = classifier.Predict(data);
        labels[0] = "maybe";
        var relabelled = new Dataset("relabelled", data.Features, data.FeatureNames, labels, data.TargetName);

        var score = classifier.Score(relabelled);

        // Rows 1 to 3 carry the predicted label and row 0 a label the classifier never saw: 3 of 4.
        Assert.Equal(0.75, score);
    }

    [Fact]
    public void Score_NumericLabelWrittenOtherwise_MatchesItsClass()
    {
        var data = SmallModels.Digits().SelectRows([0, 1, 2, 3]);
        var classifier = SmallModels.Classifier<double>(SmallModels.Digits());
        var labels = classifier.Predict(data).Select(label => label + ".0").ToArray();
        var relabelled = new Dataset("relabelled", data.Features, data.FeatureNames, labels, data.TargetName);

        // "3.0" is class "3", as pandas would read both as the number 3.
        Assert.Equal(1.0, classifier.Score(relabelled));
    }
}
