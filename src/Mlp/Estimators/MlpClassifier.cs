using Mlp.Training;

namespace Mlp.Estimators;

/// <summary>A multilayer perceptron classifier in double precision; see <see cref="MlpClassifier{T}"/>.</summary>
public sealed class MlpClassifier : MlpClassifier<double>
{
    /// <summary>Creates an unfitted classifier.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message lists every problem.</exception>
    public MlpClassifier(TrainingOptions? options = null)
        : base(options)
    {
    }
}
