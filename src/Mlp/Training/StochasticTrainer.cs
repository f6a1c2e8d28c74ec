using System.Numerics;
using System.Numerics.Tensors;
using Mlp.Activations;
using Mlp.Losses;
using Mlp.Networks;
using Mlp.Randomness;
using Mlp.Training.Optimizers;

namespace Mlp.Training;

/// <summary>
/// The epoch loop of scikit-learn's stochastic solvers (<c>_fit_stochastic</c> in scikit-learn
/// 1.2): shuffle, split into batches, forward, loss, backward, update, then the stopping rule.
/// </summary>
/// <remarks>
/// Per batch of m rows the weight gradients are (Σ δ hᵀ + α W) / m and the bias gradients the mean
/// of δ; the batch loss is <see cref="ScikitLearnLoss{T}"/>. The epoch loss is the batch losses
/// weighted by batch size over the row count. Before every epoch the row order is reordered by a
/// fresh permutation of 0..n−1 drawn from the random stream, as scikit-learn's
/// <c>utils.shuffle</c> does. Buffers are allocated once per call, none per step.
/// </remarks>
/// <typeparam name="T">float or double.</typeparam>
internal sealed class StochasticTrainer<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly MultilayerPerceptron<T> network;
    private readonly Optimizer<T> optimizer;
    private readonly TrainingOptions options;
    private readonly Loss loss;
    private readonly ParameterSet<T> gradients;
    private readonly bool fusedExampleSteps;

    /// <param name="network">Network to train in place.</param>
    /// <param name="optimizer">Optimizer, which keeps its state across calls.</param>
    /// <param name="options">Training options.</param>
    /// <param name="fuseExampleSteps">
    /// Whether batches of one example under plain SGD take the fused
    /// <see cref="PerExampleSgdStep{T}"/>, which gives the same bits faster.
    /// </param>
    public StochasticTrainer(
        MultilayerPerceptron<T> network,
        Optimizer<T> optimizer,
        TrainingOptions options,
        bool fuseExampleSteps = true)
    {
        this.network = network;
        this.optimizer = optimizer;
        this.options = options;
        fusedExampleSteps = fuseExampleSteps && optimizer is SgdOptimizer<T> { IsPlain: true };
        loss = network.Shape.Output == OutputActivation.Identity ? Loss.SquaredError : Loss.CrossEntropy;
        gradients = new ParameterSet<T>(network.Shape.LayerSizes);
    }

    /// <summary>Runs epochs until a stopping condition and returns why it stopped.</summary>
    /// <param name="data">Rows to train on.</param>
    /// <param name="state">Loss curve and stopping-rule counters, updated in place.</param>
    /// <param name="random">Stream for the shuffles.</param>
    /// <param name="validationScore">Scores the current network on held-out rows; null without early stopping.</param>
    /// <param name="incremental">Whether to run a single epoch, as <c>partial_fit</c>.</param>
    /// <param name="progress">Receives a report after every epoch.</param>
    /// <param name="cancellationToken">Stops training after the current batch.</param>
    public StopReason Run(
        TrainingData<T> data,
        TrainingState<T> state,
        NumPyRandomState random,
        Func<double>? validationScore,
        bool incremental,
        IProgress<EpochProgress>? progress,
        CancellationToken cancellationToken)
    {
        var rows = data.RowCount;
        var batchSize = Math.Clamp(options.BatchSize ?? Math.Min(200, rows), 1, rows);
        var buffers = new EpochBuffers(network.Shape, batchSize, data.OutputCount, rows);
        for (var epoch = 1; epoch <= options.MaxIterations; epoch++)
        {
            if (options.Shuffle)
            {
                buffers.Reshuffle(random);
            }

            var epochLoss = RunEpoch(data, buffers, cancellationToken);
            if (cancellationToken.IsCancellationRequested)
            {
                return StopReason.Cancelled;
            }

            RecordEpoch(state, rows, epochLoss);
            if (!double.IsFinite(epochLoss) || !network.Parameters.AllFinite())
            {
                return StopReason.Diverged;
            }

            UpdateNoImprovementCount(state, epochLoss, validationScore);
            optimizer.EndEpoch(state.SamplesSeen);
            progress?.Report(new EpochProgress(
                epoch, options.MaxIterations, epochLoss, state.ValidationScores?[^1], optimizer.LearningRate));

            if (state.NoImprovementCount > options.IterationsWithoutImprovement)
            {
                if (optimizer.ShouldStop())
                {
                    return IsAdaptive ? StopReason.LearningRateTooSmall : StopReason.NoImprovement;
                }

                state.NoImprovementCount = 0;
            }

            if (incremental)
            {
                return StopReason.SingleEpoch;
            }
        }

        return StopReason.MaxIterations;
    }

    private bool IsAdaptive =>
        options.Solver == Solver.Sgd && options.LearningRateSchedule == LearningRateSchedule.Adaptive;

    /// <summary>Returns the epoch loss, or NaN as soon as a batch loss is not finite.</summary>
    private double RunEpoch(TrainingData<T> data, EpochBuffers buffers, CancellationToken cancellationToken)
    {
        var rows = data.RowCount;
        var workspace = buffers.Workspace;
        var accumulated = 0.0;
        for (var start = 0; start < rows; start += workspace.Capacity)
        {
            var size = Math.Min(workspace.Capacity, rows - start);
            workspace.BatchSize = size;
            var targets = buffers.Targets.AsSpan(0, size * data.OutputCount);
            GatherBatch(data, buffers.Order.AsSpan(start, size), workspace.Inputs, targets);

            Backpropagation.Forward(network, workspace);
            var batchLoss =
                ScikitLearnLoss<T>.DataLoss(network.Shape.Output, workspace.Outputs, targets, size) +
                ScikitLearnLoss<T>.L2Penalty(network.Parameters, options.Alpha, size);
            if (fusedExampleSteps && size == 1)
            {
                PerExampleSgdStep<T>.Apply(network, workspace, targets, loss, optimizer.LearningRate, options.Alpha);
            }
            else
            {
                Backpropagation.Backward(network, workspace, targets, loss, gradients);
                ScaleGradients(size);
                optimizer.Update(network.Parameters.Values, gradients.Values);
            }

            accumulated += batchLoss * size;
            if (!double.IsFinite(batchLoss))
            {
                return double.NaN;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                return accumulated / rows;
            }
        }

        return accumulated / rows;
    }

    private static void GatherBatch(TrainingData<T> data, ReadOnlySpan<int> rows, Span<T> inputs, Span<T> targets)
    {
        var inputCount = data.InputCount;
        var outputCount = data.OutputCount;
        for (var i = 0; i < rows.Length; i++)
        {
            data.InputRow(rows[i]).CopyTo(inputs.Slice(i * inputCount, inputCount));
            data.TargetRow(rows[i]).CopyTo(targets.Slice(i * outputCount, outputCount));
        }
    }

    /// <summary>Turns summed gradients into scikit-learn's: (G + α W) / m and Σδ / m.</summary>
    private void ScaleGradients(int batchSize)
    {
        if (batchSize == 1 && options.Alpha == 0)
        {
            return;
        }

        var alpha = T.CreateChecked(options.Alpha);
        var divisor = T.CreateChecked(batchSize);
        for (var l = 0; l < network.LayerCount; l++)
        {
            var weightGradients = gradients.Weights[l].AsSpan();
            if (options.Alpha != 0)
            {
                TensorPrimitives.MultiplyAdd(network.Weights[l].AsSpan(), alpha, weightGradients, weightGradients);
            }

            TensorPrimitives.Divide(weightGradients, divisor, weightGradients);
            var biasGradients = gradients.Biases[l].Span;
            TensorPrimitives.Divide(biasGradients, divisor, biasGradients);
        }
    }

    private static void RecordEpoch(TrainingState<T> state, int rows, double epochLoss)
    {
        state.IterationCount++;
        state.SamplesSeen += rows;
        state.LossCurve.Add(epochLoss);
    }

    /// <summary>
    /// Counts an epoch as no improvement when its loss is above the best loss minus tol or, with
    /// early stopping, when its validation score is below the best score plus tol.
    /// </summary>
    private void UpdateNoImprovementCount(TrainingState<T> state, double epochLoss, Func<double>? validationScore)
    {
        var tolerance = options.Tolerance;
        if (validationScore is null)
        {
            state.NoImprovementCount = epochLoss > state.BestLoss - tolerance ? state.NoImprovementCount + 1 : 0;
            state.BestLoss = Math.Min(state.BestLoss, epochLoss);
            return;
        }

        var score = validationScore();
        state.ValidationScores!.Add(score);
        state.NoImprovementCount = score < state.BestValidationScore + tolerance ? state.NoImprovementCount + 1 : 0;
        if (score > state.BestValidationScore)
        {
            state.BestValidationScore = score;
            state.BestParameters ??= new ParameterSet<T>(network.Shape.LayerSizes);
            network.Parameters.CopyTo(state.BestParameters);
        }
    }

    /// <summary>Buffers of one training call: the batch workspace, batch targets and row orders.</summary>
    private sealed class EpochBuffers
    {
        private int[] reordered;

        public EpochBuffers(NetworkShape shape, int batchSize, int outputCount, int rows)
        {
            Workspace = new BatchWorkspace<T>(shape, batchSize);
            Targets = new T[batchSize * outputCount];
            Order = new int[rows];
            for (var i = 0; i < rows; i++)
            {
                Order[i] = i;
            }

            Permutation = new int[rows];
            reordered = new int[rows];
        }

        public BatchWorkspace<T> Workspace { get; }

        public T[] Targets { get; }

        /// <summary>Order in which the current epoch visits the rows.</summary>
        public int[] Order { get; private set; }

        private int[] Permutation { get; }

        /// <summary>order ← order[permutation(n)], reusing the buffers.</summary>
        public void Reshuffle(NumPyRandomState random)
        {
            random.Permutation(Permutation);
            for (var i = 0; i < Order.Length; i++)
            {
                reordered[i] = Order[Permutation[i]];
            }

            (Order, reordered) = (reordered, Order);
        }
    }
}
