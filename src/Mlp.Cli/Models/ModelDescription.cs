using Mlp.Activations;
using Mlp.Data;

namespace Mlp.Cli.Models;

/// <summary>Describes a saved model in one line for messages and --verbose output.</summary>
internal static class ModelDescription
{
    /// <summary>
    /// Returns, for example, "classifier of 10 classes, float64, layers [64, 32, 10], relu,
    /// softmax, standard scaling".
    /// </summary>
    public static string Describe(LoadedModel model)
    {
        var shape = model.Shape;
        var kind = model.IsClassifier
            ? $"classifier of {CountText.Format(model.Classes.Count, "class", "classes")}"
            : "regressor";
        var hidden = shape.HiddenActivations.Count > 0 ? $"{shape.HiddenActivations[0].ToName()}, " : string.Empty;
        var scaling = model.Saved.Scaler is { } scaler ? $"{scaler.Method} scaling" : "no scaling";
        var epochs = CountText.Format(model.LossCurve.Count, "epoch");
        return $"{kind}, {model.Saved.Dtype}, layers [{string.Join(", ", shape.LayerSizes)}], " +
            $"{hidden}{shape.Output.ToName()} output, {scaling}, {epochs}";
    }
}
