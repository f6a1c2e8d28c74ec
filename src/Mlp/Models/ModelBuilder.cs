using System.Numerics;
using Mlp.Activations;
using Mlp.Data;
using Mlp.Estimators;
using Mlp.Networks;
using Mlp.Training;

namespace Mlp.Models;

/// <summary>Builds a fitted estimator from a checked <see cref="ModelDocument"/>.</summary>
internal static class ModelBuilder
{
    /// <exception cref="InvalidDataException">The document's parts do not fit together.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="options"/> do not fit the stored network.
    /// </exception>
    public static SavedModel<T> Build<T>(ModelDocument document, TrainingOptions? options)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckOptionsFitNetwork(document, document.Options, InvalidData(document));
        if (options is not null)
        {
            CheckOptionsFitNetwork(document, options, message => new ArgumentException(message, nameof(options)));
        }

        var labels = document.IsClassifier ? ReadLabels(document) : null;
        var network = new MultilayerPerceptron<T>(document.Shape, ReadParameters<T>(document));
        var estimator = CreateEstimator<T>(options ?? document.Options, labels);
        estimator.Restore(
            network,
            RestoreState(document.History, network),
            document.History.StopReason,
            document.FeatureNames,
            document.TargetName);
        return new SavedModel<T>(estimator) { Scaler = document.Scaler, Metrics = document.Metrics };
    }

    private static MlpEstimator<T> CreateEstimator<T>(TrainingOptions options, ClassLabels? labels)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (labels is null)
        {
            return typeof(T) == typeof(double)
                ? (MlpEstimator<T>)(object)new MlpRegressor(options)
                : new MlpRegressor<T>(options);
        }

        var classifier = typeof(T) == typeof(double)
            ? (MlpClassifier<T>)(object)new MlpClassifier(options)
            : new MlpClassifier<T>(options);
        classifier.RestoreClasses(labels);
        return classifier;
    }

    /// <summary>
    /// Checks that options describe the stored network: sizes, activation, early stopping.
    /// </summary>
    private static void CheckOptionsFitNetwork(
        ModelDocument document,
        TrainingOptions options,
        Func<string, Exception> error)
    {
        var shape = document.Shape;
        var hidden = shape.LayerSizes.Skip(1).SkipLast(1).ToArray();
        if (!options.HiddenLayerSizes.SequenceEqual(hidden))
        {
            throw error(
                $"{document.Path}: hidden_layer_sizes [{string.Join(", ", options.HiddenLayerSizes)}] " +
                $"do not match the stored network's hidden layers [{string.Join(", ", hidden)}].");
        }

        if (shape.HiddenActivations.Any(activation => activation != options.Activation))
        {
            throw error(
                $"{document.Path}: activation {options.Activation.ToName()} does not match the " +
                $"stored hidden activations [{string.Join(", ", shape.HiddenActivations.Select(a => a.ToName()))}].");
        }

        if (options.EarlyStopping != document.Options.EarlyStopping)
        {
            throw error(
                $"{document.Path}: early_stopping {options.EarlyStopping.ToString().ToLowerInvariant()} " +
                $"differs from the stored model's {document.Options.EarlyStopping.ToString().ToLowerInvariant()}; " +
                "a warm start keeps the early-stopping setting of the first fit.");
        }
    }

    private static Func<string, Exception> InvalidData(ModelDocument document) =>
        message => new InvalidDataException(
            $"{message} The file may have been edited or written by another program; save the model again.");

    private static ClassLabels ReadLabels(ModelDocument document)
    {
        var classes = document.Classes!;
        var expectedOutput = classes.Count == 2 ? OutputActivation.Logistic : OutputActivation.Softmax;
        var expectedUnits = classes.Count == 2 ? 1 : classes.Count;
        if (document.Shape.Output != expectedOutput || document.Shape.OutputCount != expectedUnits)
        {
            throw new InvalidDataException(
                $"{document.Path}: {classes.Count} classes need a {expectedOutput.ToName()} output " +
                $"with {CountText.Format(expectedUnits, "unit")}; network has a {document.Shape.Output.ToName()} " +
                $"output with {document.Shape.OutputCount}. Save the model again.");
        }

        var labels = ClassLabels.Fit(classes);
        if (!labels.Classes.SequenceEqual(classes, StringComparer.Ordinal))
        {
            throw new InvalidDataException(
                $"{document.Path}: classes [{string.Join(", ", classes)}] are not distinct labels " +
                "in sorted order (numbers by value, other labels by code point), which is the order " +
                "of the output units. Save the model again.");
        }

        return labels;
    }

    private static ParameterSet<T> ReadParameters<T>(ModelDocument document)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (!document.IsClassifier && document.Shape.Output != OutputActivation.Identity)
        {
            throw new InvalidDataException(
                $"{document.Path}: a regressor needs an identity output; the network has " +
                $"{document.Shape.Output.ToName()}. Save the model again.");
        }

        var parameters = new ParameterSet<T>(document.Shape.LayerSizes);
        for (var l = 0; l < parameters.LayerCount; l++)
        {
            Convert(document.Weights[l], parameters.Weights[l].AsSpan());
            Convert(document.Biases[l], parameters.Biases[l].Span);
        }

        if (!parameters.AllFinite())
        {
            throw new InvalidDataException(
                $"{document.Path}: a weight is beyond the range of {typeof(T).Name}. Load the " +
                "model in double precision.");
        }

        return parameters;
    }

    private static void Convert<T>(double[] source, Span<T> destination)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = T.CreateChecked(source[i]);
        }
    }

    private static TrainingState<T> RestoreState<T>(TrainingHistory history, MultilayerPerceptron<T> network)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var earlyStopping = history.ValidationScores is not null;
        var state = new TrainingState<T>(earlyStopping)
        {
            IterationCount = history.IterationCount,
            SamplesSeen = history.SamplesSeen,
            BestLoss = history.BestLoss ?? double.PositiveInfinity,
            BestValidationScore = history.BestValidationScore ?? double.NegativeInfinity,
            NoImprovementCount = history.NoImprovementCount,

            // With early stopping the fit ended by restoring its best weights, so the stored
            // weights are the best ones, which a warm start falls back to if it never beats them.
            BestParameters = earlyStopping && history.IterationCount > 0 ? network.Parameters.Clone() : null,
        };
        state.LossCurve.AddRange(history.LossCurve);
        state.ValidationScores?.AddRange(history.ValidationScores!);
        return state;
    }
}
