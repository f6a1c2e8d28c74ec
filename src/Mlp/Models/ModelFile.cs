using System.Numerics;
using Mlp.Estimators;
using Mlp.IO;
using Mlp.Training;

namespace Mlp.Models;

/// <summary>
/// Saves fitted estimators to model files and loads them back: a JSON document with the layer
/// sizes, activations, every weight and bias, the classes, the input names and scaling, the
/// training options and history, and metrics.
/// </summary>
/// <remarks>
/// <para>
/// The format is described field by field in docs/models.md. Its <c>format_version</c> is
/// <see cref="FormatVersion"/>; a reader rejects files of a newer version rather than guess.
/// Numbers are written in the shortest form that reads back to the same value, as float32 for
/// float32 models, so a saved and loaded model predicts bit for bit what the original did.
/// </para>
/// <para>
/// Saving writes a temporary file and renames it over the target (<see cref="AtomicFile"/>), so
/// an interrupted save leaves the previous file. Loading checks every field and every shape
/// before it builds anything, so a model is either loaded whole or not at all.
/// </para>
/// </remarks>
public static class ModelFile
{
    /// <summary>Value of the <c>format</c> field that marks a model file.</summary>
    public const string FormatName = "mlp-model";

    /// <summary>Version of the format this library writes and the newest it reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>
    /// Writes an estimator without scaling or metrics to <paramref name="path"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The estimator is not fitted.</exception>
    /// <exception cref="IOException">
    /// The file cannot be written; an existing file is left as it was.
    /// </exception>
    public static void Save<T>(MlpEstimator<T> estimator, string path)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Save(new SavedModel<T>(estimator), path);

    /// <summary>
    /// Writes a model with its scaling and metrics to <paramref name="path"/>, atomically.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The scaler is unfitted or fitted on another number of features.
    /// </exception>
    /// <exception cref="IOException">
    /// The file cannot be written; an existing file is left as it was.
    /// </exception>
    public static void Save<T>(SavedModel<T> model, string path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var inputs = model.Estimator.Network!.Shape.InputCount;
        if (model.Scaler is { } scaler && scaler.FeatureCount != inputs)
        {
            throw new ArgumentException(
                $"The scaler was fitted on {scaler.FeatureCount} features, but the network " +
                $"takes {inputs}; fit the scaler on the training rows.",
                nameof(model));
        }

        AtomicFile.Write(path, stream => ModelFileWriter.Write(stream, model));
    }

    /// <summary>Reads the model in the precision the file was saved in.</summary>
    /// <returns>
    /// A <see cref="SavedModel{T}"/> of float or double, as the file's <c>dtype</c> says.
    /// </returns>
    /// <exception cref="FileNotFoundException">
    /// No file exists at <paramref name="path"/>.
    /// </exception>
    /// <exception cref="InvalidDataException">
    /// The file is not a valid model file; the message names the field.
    /// </exception>
    public static SavedModel Load(string path)
    {
        var document = ModelFileReader.Read(path);
        return document.Dtype == DtypeOf<float>()
            ? ModelBuilder.Build<float>(document, null)
            : ModelBuilder.Build<double>(document, null);
    }

    /// <summary>Reads the model in precision <typeparamref name="T"/>.</summary>
    /// <remarks>
    /// A float32 file loads into double exactly; a float64 file loads into float with every value
    /// rounded to the nearest float. With <paramref name="options"/>, the estimator takes those
    /// options in place of the stored ones, for example with <see cref="TrainingOptions.WarmStart"/>
    /// set to continue training; the layer sizes, activation and early stopping must match.
    /// </remarks>
    /// <exception cref="FileNotFoundException">
    /// No file exists at <paramref name="path"/>.
    /// </exception>
    /// <exception cref="InvalidDataException">
    /// The file is not a valid model file; the message names the field.
    /// </exception>
    /// <exception cref="ArgumentException">The options do not fit the stored network.</exception>
    public static SavedModel<T> Load<T>(string path, TrainingOptions? options = null)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        ModelBuilder.Build<T>(ModelFileReader.Read(path), options);

    /// <summary>Returns the dtype name of <typeparamref name="T"/>: float32 or float64.</summary>
    internal static string DtypeOf<T>() => typeof(T) == typeof(float) ? "float32" : "float64";

    /// <summary>Loads an estimator of one kind from a file without input scaling.</summary>
    internal static TEstimator LoadEstimator<T, TEstimator>(string path, string kind)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TEstimator : MlpEstimator<T>
    {
        var model = Load<T>(path);
        if (model.Estimator is not TEstimator estimator)
        {
            throw new InvalidDataException(
                $"{path} holds a {(model.IsClassifier ? "classifier" : "regressor")}, not " +
                $"{kind}. Load it with the matching class, or with ModelFile.Load.");
        }

        if (model.Scaler is { } scaler)
        {
            throw new InvalidDataException(
                $"{path} scales its inputs ({scaler.Method}), which the estimator alone would " +
                "not apply. Load it with ModelFile.Load and pass the features through " +
                "model.Scaler.Transform before Predict.");
        }

        return estimator;
    }
}
