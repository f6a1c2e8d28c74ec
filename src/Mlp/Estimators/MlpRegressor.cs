using Mlp.Training;

namespace Mlp.Estimators;

/// <summary>A multilayer perceptron regressor in double precision; see <see cref="MlpRegressor{T}"/>.</summary>
public sealed class MlpRegressor : MlpRegressor<double>
{
    /// <summary>Creates an unfitted regressor.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message lists every problem.</exception>
    public MlpRegressor(TrainingOptions? options = null)
        : base(options)
    {
    }

    /// <summary>
    /// Reads a double-precision regressor from a model file; see
    /// <see cref="MlpRegressor{T}.Load(string)"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">No file exists at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">
    /// The file is not a valid model file of a regressor without input scaling.
    /// </exception>
    public static new MlpRegressor Load(string path) => (MlpRegressor)MlpRegressor<double>.Load(path);
}
