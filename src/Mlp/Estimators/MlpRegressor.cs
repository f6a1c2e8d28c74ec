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
}
