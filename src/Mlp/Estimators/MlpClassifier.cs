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

    /// <summary>
    /// Reads a double-precision classifier from a model file; see
    /// <see cref="MlpClassifier{T}.Load(string)"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">No file exists at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">
    /// The file is not a valid model file of a classifier without input scaling.
    /// </exception>
    public static new MlpClassifier Load(string path) => (MlpClassifier)MlpClassifier<double>.Load(path);
}
