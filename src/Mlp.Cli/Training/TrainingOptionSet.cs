using System.CommandLine;
using System.Globalization;
using Mlp.Activations;
using Mlp.Training;

namespace Mlp.Cli.Training;

/// <summary>
/// The training options of scikit-learn's MLP estimators as command-line options, under
/// scikit-learn's names in kebab case and with its defaults.
/// </summary>
internal sealed class TrainingOptionSet
{
    private static readonly TrainingOptions Defaults = new();

    public Option<string> HiddenLayerSizes { get; } = new("--hidden-layer-sizes")
    {
        Description = "Units of each hidden layer, as a comma list such as 100 or 64,32.",
        DefaultValueFactory = _ => "100",
    };

    public Option<string> Activation { get; } = new("--activation")
    {
        Description = "Hidden activation: identity, logistic, tanh or relu.",
        DefaultValueFactory = _ => "relu",
    };

    public Option<string> Solver { get; } = new("--solver")
    {
        Description = "Optimizer: sgd or adam.",
        DefaultValueFactory = _ => "adam",
    };

    public Option<double> Alpha { get; } = new("--alpha")
    {
        Description = "L2 penalty α, ≥ 0.",
        DefaultValueFactory = _ => Defaults.Alpha,
    };

    public Option<string> BatchSize { get; } = new("--batch-size")
    {
        Description = "Examples per step: a number, or auto for min(200, rows).",
        DefaultValueFactory = _ => "auto",
    };

    public Option<string> LearningRate { get; } = new("--learning-rate")
    {
        Description = "SGD learning-rate schedule: constant, invscaling or adaptive.",
        DefaultValueFactory = _ => "constant",
    };

    public Option<double> LearningRateInit { get; } = new("--learning-rate-init", "--lr")
    {
        Description = "Initial learning rate η₀, > 0.",
        DefaultValueFactory = _ => Defaults.LearningRateInit,
    };

    public Option<double> PowerT { get; } = new("--power-t")
    {
        Description = "Exponent of the invscaling schedule, ≥ 0.",
        DefaultValueFactory = _ => Defaults.PowerT,
    };

    public Option<int> MaxIter { get; } = new("--max-iter")
    {
        Description = "Maximum number of epochs, ≥ 1.",
        DefaultValueFactory = _ => Defaults.MaxIterations,
    };

    public Option<bool> Shuffle { get; } = new("--shuffle")
    {
        Description = "Shuffle the rows before every epoch: true or false. Default: true.",
        DefaultValueFactory = _ => true,
    };

    public Option<uint?> RandomState { get; } = new("--random-state")
    {
        Description =
            "Seed of the initial weights, the early-stopping split and the shuffles " +
            "(0 to 4294967295). Default: a random seed, which the output reports.",
    };

    public Option<double> Tol { get; } = new("--tol")
    {
        Description = "Smallest improvement of the loss (or validation score) that counts, ≥ 0.",
        DefaultValueFactory = _ => Defaults.Tolerance,
    };

    public Option<double> Momentum { get; } = new("--momentum")
    {
        Description = "SGD momentum μ, in [0, 1).",
        DefaultValueFactory = _ => Defaults.Momentum,
    };

    public Option<bool> NesterovsMomentum { get; } = new("--nesterovs-momentum")
    {
        Description = "Use Nesterov's momentum with SGD: true or false. Default: true.",
        DefaultValueFactory = _ => true,
    };

    public Option<bool> EarlyStopping { get; } = new("--early-stopping")
    {
        Description = "Hold out --validation-fraction of the training rows and stop when their score stops improving.",
        DefaultValueFactory = _ => false,
    };

    public Option<double> ValidationFraction { get; } = new("--validation-fraction")
    {
        Description = "Fraction of training rows held out for early stopping, in (0, 1).",
        DefaultValueFactory = _ => Defaults.ValidationFraction,
    };

    public Option<double> Beta1 { get; } = new("--beta-1")
    {
        Description = "Adam's first-moment decay β₁, in [0, 1).",
        DefaultValueFactory = _ => Defaults.Beta1,
    };

    public Option<double> Beta2 { get; } = new("--beta-2")
    {
        Description = "Adam's second-moment decay β₂, in [0, 1).",
        DefaultValueFactory = _ => Defaults.Beta2,
    };

    public Option<double> Epsilon { get; } = new("--epsilon")
    {
        Description = "Adam's ε, > 0.",
        DefaultValueFactory = _ => Defaults.Epsilon,
    };

    public Option<int> NIterNoChange { get; } = new("--n-iter-no-change")
    {
        Description = "Epochs without improvement tolerated before stopping, ≥ 1.",
        DefaultValueFactory = _ => Defaults.IterationsWithoutImprovement,
    };

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        Option[] options =
        [
            HiddenLayerSizes, Activation, Solver, Alpha, BatchSize, LearningRate, LearningRateInit,
            PowerT, MaxIter, Shuffle, RandomState, Tol, Momentum, NesterovsMomentum, EarlyStopping,
            ValidationFraction, Beta1, Beta2, Epsilon, NIterNoChange,
        ];
        foreach (var option in options)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Reads the options, reporting every invalid value at once.</summary>
    /// <param name="parseResult">Parsed command line.</param>
    /// <param name="seed">Seed to use when --random-state is not given.</param>
    /// <exception cref="ArgumentException">One or more values are invalid; the message names each option.</exception>
    public TrainingOptions Bind(ParseResult parseResult, uint seed)
    {
        var problems = new List<string>();
        var options = new TrainingOptions
        {
            HiddenLayerSizes = ParseSizes(parseResult.GetValue(HiddenLayerSizes)!, problems),
            Activation = Parse(
                () => ActivationNames.ParseHidden(parseResult.GetValue(Activation)!),
                Defaults.Activation,
                problems,
                "--activation"),
            Solver = ParseSolver(parseResult.GetValue(Solver)!, problems),
            Alpha = parseResult.GetValue(Alpha),
            BatchSize = ParseBatchSize(parseResult.GetValue(BatchSize)!, problems),
            LearningRateSchedule = ParseSchedule(parseResult.GetValue(LearningRate)!, problems),
            LearningRateInit = parseResult.GetValue(LearningRateInit),
            PowerT = parseResult.GetValue(PowerT),
            MaxIterations = parseResult.GetValue(MaxIter),
            Shuffle = parseResult.GetValue(Shuffle),
            RandomState = parseResult.GetValue(RandomState) ?? seed,
            Tolerance = parseResult.GetValue(Tol),
            Momentum = parseResult.GetValue(Momentum),
            NesterovsMomentum = parseResult.GetValue(NesterovsMomentum),
            EarlyStopping = parseResult.GetValue(EarlyStopping),
            ValidationFraction = parseResult.GetValue(ValidationFraction),
            Beta1 = parseResult.GetValue(Beta1),
            Beta2 = parseResult.GetValue(Beta2),
            Epsilon = parseResult.GetValue(Epsilon),
            IterationsWithoutImprovement = parseResult.GetValue(NIterNoChange),
        };
        problems.AddRange(options.Problems(ToOptionName));
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems));
        }

        return options;
    }

    /// <summary>
    /// Turns scikit-learn's parameter name into its option: learning_rate_init → --learning-rate-
    /// init.
    /// </summary>
    public static string ToOptionName(string parameter) => "--" + parameter.Replace('_', '-');

    private static int[] ParseSizes(string text, List<string> problems)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var sizes = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) || size < 1)
            {
                problems.Add(
                    $"--hidden-layer-sizes must be a comma list of integers ≥ 1, such as 100 or 64,32; got '{text}'.");
                return [1];
            }

            sizes.Add(size);
        }

        return [.. sizes];
    }

    private static int? ParseBatchSize(string text, List<string> problems)
    {
        if (text.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size >= 1)
        {
            return size;
        }

        problems.Add($"--batch-size must be an integer ≥ 1 or auto; got '{text}'.");
        return null;
    }

    private static Mlp.Training.Solver ParseSolver(string text, List<string> problems) =>
        text.ToLowerInvariant() switch
        {
            "sgd" => Mlp.Training.Solver.Sgd,
            "adam" => Mlp.Training.Solver.Adam,
            "lbfgs" => Fail(problems, "--solver lbfgs is not supported; use sgd or adam.", Mlp.Training.Solver.Adam),
            _ => Fail(problems, $"--solver must be sgd or adam; got '{text}'.", Mlp.Training.Solver.Adam),
        };

    private static LearningRateSchedule ParseSchedule(string text, List<string> problems) =>
        text.ToLowerInvariant() switch
        {
            "constant" => LearningRateSchedule.Constant,
            "invscaling" => LearningRateSchedule.InvScaling,
            "adaptive" => LearningRateSchedule.Adaptive,
            _ => Fail(
                problems,
                $"--learning-rate must be constant, invscaling or adaptive; got '{text}'.",
                LearningRateSchedule.Constant),
        };

    private static T Parse<T>(Func<T> parse, T fallback, List<string> problems, string option)
    {
        try
        {
            return parse();
        }
        catch (ArgumentException exception)
        {
            problems.Add($"{option}: {exception.Message.Split(" (Parameter", 2)[0]}");
            return fallback;
        }
    }

    private static T Fail<T>(List<string> problems, string message, T fallback)
    {
        problems.Add(message);
        return fallback;
    }
}
