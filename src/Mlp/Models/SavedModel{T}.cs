using System.Numerics;
using Mlp.Estimators;

namespace Mlp.Models;

/// <summary>A fitted estimator with the input scaling and metrics stored beside it.</summary>
/// <typeparam name="T">float or double: the precision of the estimator.</typeparam>
public sealed class SavedModel<T> : SavedModel
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Wraps a fitted estimator.</summary>
    /// <exception cref="ArgumentException">The estimator is not fitted.</exception>
    public SavedModel(MlpEstimator<T> estimator)
    {
        ArgumentNullException.ThrowIfNull(estimator);
        if (!estimator.IsFitted)
        {
            throw new ArgumentException(
                "Only a fitted estimator can be saved; call Fit first.",
                nameof(estimator));
        }

        Estimator = estimator;
    }

    /// <summary>The fitted estimator: an <see cref="MlpClassifier{T}"/> or an <see cref="MlpRegressor{T}"/>.</summary>
    public MlpEstimator<T> Estimator { get; }

    /// <inheritdoc/>
    public override string Dtype => ModelFile.DtypeOf<T>();

    /// <inheritdoc/>
    public override bool IsClassifier => Estimator is MlpClassifier<T>;

    /// <inheritdoc/>
    public override IReadOnlyList<string> FeatureNames => Estimator.FeatureNames;

    /// <inheritdoc/>
    public override string? TargetName => Estimator.TargetName;
}
