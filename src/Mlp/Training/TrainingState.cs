using System.Numerics;
using Mlp.Networks;

namespace Mlp.Training;

/// <summary>
/// What the stochastic solvers carry from epoch to epoch and from one fit to the next with warm
/// start: the loss curve, the stopping rule's counters and the best weights of early stopping.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
internal sealed class TrainingState<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public TrainingState(bool earlyStopping)
    {
        EarlyStopping = earlyStopping;
        ValidationScores = earlyStopping ? [] : null;
    }

    public bool EarlyStopping { get; }

    public List<double> LossCurve { get; } = [];

    public List<double>? ValidationScores { get; }

    /// <summary>Lowest epoch loss so far; +∞ before the first epoch; unused with early stopping.</summary>
    public double BestLoss { get; set; } = double.PositiveInfinity;

    /// <summary>Highest validation score so far; −∞ before the first epoch.</summary>
    public double BestValidationScore { get; set; } = double.NegativeInfinity;

    public ParameterSet<T>? BestParameters { get; set; }

    public int NoImprovementCount { get; set; }

    /// <summary>Epochs run since the weights were initialised, scikit-learn's <c>n_iter_</c>.</summary>
    public int IterationCount { get; set; }

    /// <summary>Examples seen since the weights were initialised, scikit-learn's <c>t_</c>.</summary>
    public long SamplesSeen { get; set; }
}
