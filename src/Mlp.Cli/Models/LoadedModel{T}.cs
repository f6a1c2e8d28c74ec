using System.Numerics;
using Mlp.Data;
using Mlp.Estimators;
using Mlp.Models;
using Mlp.Networks;

namespace Mlp.Cli.Models;

/// <summary>A saved model whose weights are <typeparamref name="T"/>.</summary>
internal sealed class LoadedModel<T>(SavedModel<T> model) : LoadedModel
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public override SavedModel Saved => model;

    public SavedModel<T> Typed => model;

    public override IReadOnlyList<string> Classes => Classifier?.Classes ?? [];

    public override NetworkShape Shape => Network.Shape;

    public override Mlp.Training.TrainingOptions Options => model.Estimator.Options;

    public override IReadOnlyList<double> LossCurve => model.Estimator.LossCurve;

    public override IReadOnlyList<double>? ValidationScores => model.Estimator.ValidationScores;

    private MlpClassifier<T>? Classifier => model.Estimator as MlpClassifier<T>;

    private MultilayerPerceptron<T> Network => model.Estimator.Network!;

    public override void Save(string path) => ModelFile.Save(model, path);

    public override double[] Weights(int layer) =>
        [.. Network.Weights[layer].AsSpan().ToArray().Select(double.CreateChecked)];

    public override double[] Biases(int layer) =>
        [.. Network.Biases[layer].ToArray().Select(double.CreateChecked)];

    private protected override string[] PredictLabelsCore(Dataset scaled) => RequireClassifier().Predict(scaled);

    private protected override double[,] PredictProbabilitiesCore(Dataset scaled) =>
        RequireClassifier().PredictProba(scaled);

    private protected override double[,] PredictValuesCore(Dataset scaled) =>
        model.Estimator is MlpRegressor<T> regressor
            ? regressor.Predict(scaled)
            : throw new InvalidOperationException("The model is a classifier; it predicts labels, not values.");

    private MlpClassifier<T> RequireClassifier() =>
        Classifier ?? throw new InvalidOperationException(
            "The model is a regressor; it predicts values, not classes or probabilities.");
}
