using System.Globalization;
using Mlp.Activations;

namespace Mlp.Training;

/// <summary>
/// Training options of the MLP estimators, with scikit-learn's meanings and defaults
/// (<c>MLPClassifier</c> and <c>MLPRegressor</c> of scikit-learn 1.2).
/// </summary>
/// <remarks>
/// One difference from scikit-learn: <see cref="Momentum"/> must be below 1, because with momentum 1
/// every past gradient keeps its full weight in the velocity, which then grows without bound.
/// Another: alpha, learning_rate_init, power_t, tol and epsilon must be finite, where scikit-learn
/// 1.2 accepts infinity. With an infinite value, training either produces NaN weights or makes no
/// progress.
/// </remarks>
public sealed record TrainingOptions
{
    /// <summary>Units of each hidden layer (<c>hidden_layer_sizes</c>); default [100].</summary>
    public IReadOnlyList<int> HiddenLayerSizes { get; init; } = [100];

    /// <summary>Activation of every hidden layer (<c>activation</c>); default relu.</summary>
    public Activation Activation { get; init; } = Activation.Relu;

    /// <summary>Optimizer (<c>solver</c>); default Adam.</summary>
    public Solver Solver { get; init; } = Solver.Adam;

    /// <summary>L2 penalty α (<c>alpha</c>), ≥ 0; default 10⁻⁴.</summary>
    public double Alpha { get; init; } = 1e-4;

    /// <summary>
    /// Examples per step (<c>batch_size</c>); null means min(200, rows). A size above the number
    /// of rows is cut to the number of rows.
    /// </summary>
    public int? BatchSize { get; init; }

    /// <summary>Learning-rate schedule of SGD (<c>learning_rate</c>); default constant.</summary>
    public LearningRateSchedule LearningRateSchedule { get; init; } = LearningRateSchedule.Constant;

    /// <summary>Initial learning rate η₀ (<c>learning_rate_init</c>), &gt; 0; default 10⁻³.</summary>
    public double LearningRateInit { get; init; } = 1e-3;

    /// <summary>Exponent of the inverse-scaling schedule (<c>power_t</c>), ≥ 0; default 0.5.</summary>
    public double PowerT { get; init; } = 0.5;

    /// <summary>Maximum number of epochs (<c>max_iter</c>), ≥ 1; default 200.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>Whether to shuffle the rows before every epoch (<c>shuffle</c>); default true.</summary>
    public bool Shuffle { get; init; } = true;

    /// <summary>
    /// Seed of the random stream for the initial weights, the early-stopping split and the
    /// shuffles (<c>random_state</c>); null draws a seed from the system's generator.
    /// </summary>
    public uint? RandomState { get; init; }

    /// <summary>Smallest improvement that counts (<c>tol</c>), ≥ 0; default 10⁻⁴.</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Momentum μ of SGD (<c>momentum</c>), in [0, 1); default 0.9.</summary>
    public double Momentum { get; init; } = 0.9;

    /// <summary>Whether SGD uses Nesterov's momentum (<c>nesterovs_momentum</c>); default true.</summary>
    public bool NesterovsMomentum { get; init; } = true;

    /// <summary>
    /// Whether to hold out <see cref="ValidationFraction"/> of the rows and stop on their score
    /// (<c>early_stopping</c>); default false.
    /// </summary>
    public bool EarlyStopping { get; init; }

    /// <summary>
    /// Fraction of rows held out for early stopping (<c>validation_fraction</c>), in (0, 1);
    /// default 0.1.
    /// </summary>
    public double ValidationFraction { get; init; } = 0.1;

    /// <summary>Decay of Adam's first moment (<c>beta_1</c>), in [0, 1); default 0.9.</summary>
    public double Beta1 { get; init; } = 0.9;

    /// <summary>Decay of Adam's second moment (<c>beta_2</c>), in [0, 1); default 0.999.</summary>
    public double Beta2 { get; init; } = 0.999;

    /// <summary>Adam's ε (<c>epsilon</c>), &gt; 0; default 10⁻⁸.</summary>
    public double Epsilon { get; init; } = 1e-8;

    /// <summary>
    /// Epochs without improvement tolerated before the stopping rule fires
    /// (<c>n_iter_no_change</c>), ≥ 1; default 10. Training stops when the count exceeds it.
    /// </summary>
    public int IterationsWithoutImprovement { get; init; } = 10;

    /// <summary>Whether <c>Fit</c> continues from the current weights (<c>warm_start</c>); default false.</summary>
    public bool WarmStart { get; init; }

    /// <summary>
    /// Returns every invalid option, each with the option's name, the allowed range and the value
    /// received; empty when all are valid.
    /// </summary>
    /// <param name="optionName">
    /// Turns scikit-learn's parameter name (for example <c>learning_rate_init</c>) into the name
    /// shown; by default the name itself.
    /// </param>
    public IReadOnlyList<string> Problems(Func<string, string>? optionName = null)
    {
        var name = optionName ?? (parameter => parameter);
        var problems = new List<string>();
        if (HiddenLayerSizes is null || HiddenLayerSizes.Count == 0)
        {
            problems.Add($"{name("hidden_layer_sizes")} must list at least one layer; got an empty list.");
        }
        else if (HiddenLayerSizes.Any(size => size < 1))
        {
            var sizes = string.Join(", ", HiddenLayerSizes);
            problems.Add($"{name("hidden_layer_sizes")} must be integers ≥ 1; got [{sizes}].");
        }

        CheckDefined(problems, name("activation"), Activation, string.Join(", ", ActivationNames.Hidden));
        CheckDefined(problems, name("solver"), Solver, "sgd, adam");
        CheckDefined(problems, name("learning_rate"), LearningRateSchedule, "constant, invscaling, adaptive");

        var check = new RangeCheck(problems, name);
        check.AtLeastZero("alpha", Alpha);
        CheckCount(problems, name("batch_size"), BatchSize ?? 1, " or auto");
        check.AboveZero("learning_rate_init", LearningRateInit);
        check.AtLeastZero("power_t", PowerT);
        CheckCount(problems, name("max_iter"), MaxIterations, string.Empty);
        check.AtLeastZero("tol", Tolerance);
        check.BelowOne("momentum", Momentum, includeZero: true);
        check.BelowOne("validation_fraction", ValidationFraction, includeZero: false);
        check.BelowOne("beta_1", Beta1, includeZero: true);
        check.BelowOne("beta_2", Beta2, includeZero: true);
        check.AboveZero("epsilon", Epsilon);
        CheckCount(problems, name("n_iter_no_change"), IterationsWithoutImprovement, string.Empty);
        return problems;
    }

    private static void CheckCount(List<string> problems, string name, int value, string alternative)
    {
        if (value < 1)
        {
            problems.Add($"{name} must be an integer ≥ 1{alternative}; got {value}.");
        }
    }

    private static void CheckDefined<TEnum>(List<string> problems, string name, TEnum value, string allowed)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            var received = Convert.ToInt64(value, CultureInfo.InvariantCulture);
            problems.Add($"{name} must be one of {allowed}; got the undefined value {received}.");
        }
    }

    /// <summary>
    /// Adds "NAME must be in RANGE; got VALUE." for each value outside its range. No range
    /// includes NaN or an infinity.
    /// </summary>
    private readonly struct RangeCheck(List<string> problems, Func<string, string> optionName)
    {
        public void AtLeastZero(string name, double value) =>
            Check(name, value, value >= 0 && double.IsFinite(value), "[0, ∞)");

        public void AboveZero(string name, double value) =>
            Check(name, value, value > 0 && double.IsFinite(value), "(0, ∞)");

        public void BelowOne(string name, double value, bool includeZero)
        {
            var aboveLow = includeZero ? value >= 0 : value > 0;
            Check(name, value, aboveLow && value < 1, includeZero ? "[0, 1)" : "(0, 1)");
        }

        private void Check(string name, double value, bool valid, string range)
        {
            if (!valid)
            {
                var received = value.ToString(CultureInfo.InvariantCulture);
                problems.Add($"{optionName(name)} must be in {range}; got {received}.");
            }
        }
    }
}
