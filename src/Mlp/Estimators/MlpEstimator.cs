using System.Numerics;
using System.Numerics.Tensors;
using Mlp.Activations;
using Mlp.Models;
using Mlp.Networks;
using Mlp.Randomness;
using Mlp.Training;
using Mlp.Training.Optimizers;

namespace Mlp.Estimators;

/// <summary>
/// What <see cref="MlpClassifier{T}"/> and <see cref="MlpRegressor{T}"/> share: initialisation,
/// the early-stopping split, the stochastic solvers and the fitted attributes, with the semantics
/// of scikit-learn 1.2's <c>BaseMultilayerPerceptron</c>.
/// </summary>
/// <remarks>
/// Each call to <c>Fit</c> or <c>PartialFit</c> starts a new random stream from
/// <see cref="TrainingOptions.RandomState"/> (as scikit-learn does with an integer seed) and
/// draws, in order: the initial weights (only when the weights are initialised), the
/// early-stopping split (only in <c>Fit</c>), then one shuffle per epoch.
/// </remarks>
/// <typeparam name="T">float or double: the precision of the weights and of every computation.</typeparam>
public abstract class MlpEstimator<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private NumPyRandomState? unseededRandom;
    private TrainingState<T>? state;
    private Optimizer<T>? optimizer;

    private protected MlpEstimator(TrainingOptions? options)
    {
        Options = options ?? new TrainingOptions();
        var problems = Options.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }
    }

    /// <summary>Training options, fixed at construction.</summary>
    public TrainingOptions Options { get; }

    /// <summary>
    /// The fitted network (scikit-learn's <c>coefs_</c> and <c>intercepts_</c>, transposed); null
    /// before fitting.
    /// </summary>
    public MultilayerPerceptron<T>? Network { get; private set; }

    /// <summary>Whether the estimator has a fitted network.</summary>
    public bool IsFitted => Network is not null;

    /// <summary>
    /// Names of the features seen when the weights were initialised (<c>feature_names_in_</c>):
    /// the data set's column names, or x0, x1, ... for a matrix; empty before fitting.
    /// </summary>
    public IReadOnlyList<string> FeatureNames { get; private set; } = [];

    /// <summary>Column name of the target when the weights were initialised from a data set; else null.</summary>
    public string? TargetName { get; private set; }

    /// <summary>Training loss after every epoch since the weights were initialised (<c>loss_curve_</c>).</summary>
    public IReadOnlyList<double> LossCurve => state?.LossCurve ?? [];

    /// <summary>
    /// Validation score after every epoch with early stopping (<c>validation_scores_</c>); else
    /// null.
    /// </summary>
    public IReadOnlyList<double>? ValidationScores => state?.ValidationScores;

    /// <summary>Lowest training loss without early stopping (<c>best_loss_</c>); else null.</summary>
    public double? BestLoss => state is { EarlyStopping: false } ? state.BestLoss : null;

    /// <summary>Highest validation score with early stopping (<c>best_validation_score_</c>); else null.</summary>
    public double? BestValidationScore => state is { EarlyStopping: true } ? state.BestValidationScore : null;

    /// <summary>Epochs run since the weights were initialised (<c>n_iter_</c>).</summary>
    public int IterationCount => state?.IterationCount ?? 0;

    /// <summary>Examples seen since the weights were initialised (<c>t_</c>).</summary>
    public long SamplesSeen => state?.SamplesSeen ?? 0;

    /// <summary>Why the last fit stopped; null before fitting.</summary>
    public StopReason? StopReason { get; private set; }

    /// <summary>Learning rate the optimizer ended with; null before fitting.</summary>
    public double? LearningRate => optimizer?.LearningRate;

    /// <summary>Output activation of the network this estimator trains.</summary>
    private protected abstract OutputActivation OutputActivation { get; }

    /// <summary>Writes the fitted estimator to a model file; see <see cref="ModelFile"/>.</summary>
    /// <exception cref="InvalidOperationException">The estimator is not fitted.</exception>
    /// <exception cref="IOException">The file cannot be written; an existing file is left as it was.</exception>
    public void Save(string path)
    {
        EnsureFitted();
        ModelFile.Save(this, path);
    }

    /// <summary>
    /// Sets the fitted state read from a model file: the network, the training history and the
    /// input names. The optimizer starts afresh at the next fit.
    /// </summary>
    internal void Restore(
        MultilayerPerceptron<T> network,
        TrainingState<T> trainingState,
        StopReason? stopReason,
        IReadOnlyList<string> featureNames,
        string? targetName)
    {
        Network = network;
        state = trainingState;
        optimizer = null;
        StopReason = stopReason;
        FeatureNames = featureNames;
        TargetName = targetName;
    }

    /// <summary>Returns the training history as a model file stores it.</summary>
    internal TrainingState<T>? TrainingHistory => state;

    /// <summary>Splits off the early-stopping validation rows: (rows to fit, validation rows).</summary>
    private protected abstract (int[] Fit, int[] Validation) SplitValidation(
        TrainingData<T> data,
        double validationFraction,
        NumPyRandomState random);

    /// <summary>Scores predicted outputs of the validation rows against their targets.</summary>
    private protected abstract double ScoreOutputs(TrainingData<T> data, ReadOnlySpan<T> outputs);

    /// <summary>Whether the next fit initialises the weights rather than continuing from them.</summary>
    private protected bool WillInitialize(bool incremental) =>
        Network is null || (!Options.WarmStart && !incremental);

    /// <summary>Trains on encoded rows: a full fit, or one epoch when <paramref name="incremental"/>.</summary>
    /// <exception cref="TrainingDivergedException">The loss or a weight became NaN or infinite.</exception>
    private protected TrainingResult FitCore(
        TrainingData<T> data,
        bool incremental,
        IProgress<EpochProgress>? progress,
        CancellationToken cancellationToken)
    {
        var random = CreateRandom();
        if (WillInitialize(incremental))
        {
            Initialize(data, random);
        }
        else if (Network!.Shape.InputCount != data.InputCount || Network.Shape.OutputCount != data.OutputCount)
        {
            throw new ArgumentException(
                $"The model was fitted on {Network.Shape.InputCount} features and {Network.Shape.OutputCount} " +
                $"outputs; the data has {data.InputCount} and {data.OutputCount}.",
                nameof(data));
        }

        if (!incremental || optimizer is null)
        {
            optimizer = CreateOptimizer(Network!.Parameters.Values.Length);
        }

        return Train(data, incremental, random, progress, cancellationToken);
    }

    /// <summary>Computes the outputs ŷ of every row, shape [rows, outputs].</summary>
    /// <exception cref="NonFiniteOutputException">An output is NaN or infinite.</exception>
    private protected T[] PredictOutputs(ReadOnlySpan<T> inputs, int rows)
    {
        var network = EnsureFitted();
        if (inputs.Length != rows * network.Shape.InputCount)
        {
            throw new ArgumentException(
                $"The model takes {network.Shape.InputCount} features; " +
                $"the data has {inputs.Length / Math.Max(rows, 1)}.",
                nameof(inputs));
        }

        var outputs = new T[rows * network.Shape.OutputCount];
        new NetworkEvaluator<T>(network, rows).Predict(inputs, outputs);

        // Every comparison with NaN is false, so a row with NaN outputs would silently get class 0.
        // The check is one vectorised pass over the outputs.
        if (!TensorPrimitives.IsFiniteAll<T>(outputs))
        {
            throw NonFiniteOutput(outputs, network.Shape.OutputCount);
        }

        return outputs;
    }

    private static NonFiniteOutputException NonFiniteOutput(ReadOnlySpan<T> outputs, int outputCount)
    {
        var index = 0;
        while (T.IsFinite(outputs[index]))
        {
            index++;
        }

        return new NonFiniteOutputException(
            index / outputCount,
            index % outputCount,
            double.CreateChecked(outputs[index]));
    }

    /// <summary>Returns the fitted network or throws.</summary>
    /// <exception cref="InvalidOperationException">The estimator is not fitted.</exception>
    private protected MultilayerPerceptron<T> EnsureFitted() =>
        Network ?? throw new InvalidOperationException("The estimator is not fitted yet; call Fit first.");

    private TrainingResult Train(
        TrainingData<T> data,
        bool incremental,
        NumPyRandomState random,
        IProgress<EpochProgress>? progress,
        CancellationToken cancellationToken)
    {
        var network = Network!;
        var earlyStopping = Options.EarlyStopping && !incremental;
        var training = data;
        Func<double>? validationScore = null;
        if (earlyStopping)
        {
            var (fitRows, validationRows) = SplitValidation(data, Options.ValidationFraction, random);
            training = data.Select(fitRows);
            validationScore = CreateScorer(network, data.Select(validationRows));
        }

        var iterationsBefore = state!.IterationCount;
        var trainer = new StochasticTrainer<T>(network, optimizer!, Options);
        var reason = trainer.Run(training, state, random, validationScore, incremental, progress, cancellationToken);
        if (reason == Training.StopReason.Diverged)
        {
            var failure = new TrainingDivergedException(state.IterationCount, state.LossCurve[^1]);
            Reset();
            throw failure;
        }

        if (earlyStopping && state.BestParameters is not null)
        {
            state.BestParameters.CopyTo(network.Parameters);
        }

        StopReason = reason;
        return new TrainingResult(
            reason,
            state.IterationCount - iterationsBefore,
            state.IterationCount,
            state.SamplesSeen,
            [.. state.LossCurve],
            state.ValidationScores is null ? null : [.. state.ValidationScores],
            BestLoss,
            BestValidationScore,
            optimizer!.LearningRate);
    }

    private Func<double> CreateScorer(MultilayerPerceptron<T> network, TrainingData<T> validation)
    {
        var evaluator = new NetworkEvaluator<T>(network, validation.RowCount);
        var outputs = new T[validation.RowCount * validation.OutputCount];
        return () =>
        {
            evaluator.Predict(validation.Inputs, outputs);
            return ScoreOutputs(validation, outputs);
        };
    }

    private void Initialize(TrainingData<T> data, NumPyRandomState random)
    {
        int[] layerSizes = [data.InputCount, .. Options.HiddenLayerSizes, data.OutputCount];
        var shape = NetworkShape.Create(layerSizes, Options.Activation, OutputActivation);
        var network = new MultilayerPerceptron<T>(shape);
        Initializers.GlorotUniform(network, random, Options.Activation);
        Network = network;
        FeatureNames = data.FeatureNames ?? [.. Enumerable.Range(0, data.InputCount).Select(j => $"x{j}")];
        TargetName = data.TargetName;
        state = new TrainingState<T>(Options.EarlyStopping);
        optimizer = null;
    }

    private void Reset()
    {
        Network = null;
        FeatureNames = [];
        TargetName = null;
        state = null;
        optimizer = null;
        StopReason = null;
    }

    private Optimizer<T> CreateOptimizer(int parameterCount) => Options.Solver switch
    {
        Solver.Sgd => new SgdOptimizer<T>(
            parameterCount,
            Options.LearningRateInit,
            Options.LearningRateSchedule,
            Options.Momentum,
            Options.NesterovsMomentum,
            Options.PowerT),
        _ => new AdamOptimizer<T>(
            parameterCount,
            Options.LearningRateInit,
            Options.Beta1,
            Options.Beta2,
            Options.Epsilon),
    };

    private NumPyRandomState CreateRandom()
    {
        if (Options.RandomState is { } seed)
        {
            return new NumPyRandomState(seed);
        }

        // Without a seed the stream continues across fits, as scikit-learn's global NumPy stream does.
        return unseededRandom ??= new NumPyRandomState((uint)Random.Shared.NextInt64(0, 1L << 32));
    }
}
