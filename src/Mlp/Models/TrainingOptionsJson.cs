using System.Text.Json;
using Mlp.Activations;
using Mlp.Training;

namespace Mlp.Models;

/// <summary>Writes and reads <see cref="TrainingOptions"/> under scikit-learn's parameter names.</summary>
public static class TrainingOptionsJson
{
    /// <summary>
    /// Writes a <c>params</c> property: an object with every option under scikit-learn's
    /// parameter name, as <c>get_params()</c> returns them.
    /// </summary>
    public static void Write(Utf8JsonWriter json, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);
        json.WriteStartObject("params");
        json.WritePropertyName("hidden_layer_sizes");
        json.WriteRawValue($"[{string.Join(", ", options.HiddenLayerSizes)}]");
        json.WriteString("activation", options.Activation.ToName());
        json.WriteString("solver", options.Solver == Solver.Sgd ? "sgd" : "adam");
        json.WriteNumber("alpha", options.Alpha);
        if (options.BatchSize is { } batchSize)
        {
            json.WriteNumber("batch_size", batchSize);
        }
        else
        {
            json.WriteString("batch_size", "auto");
        }

        json.WriteString("learning_rate", ScheduleName(options.LearningRateSchedule));
        json.WriteNumber("learning_rate_init", options.LearningRateInit);
        json.WriteNumber("power_t", options.PowerT);
        json.WriteNumber("max_iter", options.MaxIterations);
        json.WriteBoolean("shuffle", options.Shuffle);
        if (options.RandomState is { } seed)
        {
            json.WriteNumber("random_state", seed);
        }
        else
        {
            json.WriteNull("random_state");
        }

        json.WriteNumber("tol", options.Tolerance);
        json.WriteNumber("momentum", options.Momentum);
        json.WriteBoolean("nesterovs_momentum", options.NesterovsMomentum);
        json.WriteBoolean("early_stopping", options.EarlyStopping);
        json.WriteNumber("validation_fraction", options.ValidationFraction);
        json.WriteNumber("beta_1", options.Beta1);
        json.WriteNumber("beta_2", options.Beta2);
        json.WriteNumber("epsilon", options.Epsilon);
        json.WriteNumber("n_iter_no_change", options.IterationsWithoutImprovement);
        json.WriteBoolean("warm_start", options.WarmStart);
        json.WriteEndObject();
    }

    /// <exception cref="InvalidDataException">A parameter is missing, of the wrong type or out of range.</exception>
    internal static TrainingOptions Read(JsonField parameters)
    {
        var batchSize = parameters.Property("batch_size");
        var randomState = parameters.Property("random_state");
        var options = new TrainingOptions
        {
            HiddenLayerSizes = [.. parameters.Property("hidden_layer_sizes").Items().Select(size => size.Int32(1))],
            Activation = ParseName(parameters.Property("activation"), name => ActivationNames.ParseHidden(name)),
            Solver = ParseName(parameters.Property("solver"), ParseSolver),
            Alpha = parameters.Property("alpha").Number(),
            BatchSize = IsAuto(batchSize) ? null : batchSize.Int32(1),
            LearningRateSchedule = ParseName(parameters.Property("learning_rate"), ParseSchedule),
            LearningRateInit = parameters.Property("learning_rate_init").Number(),
            PowerT = parameters.Property("power_t").Number(),
            MaxIterations = parameters.Property("max_iter").Int32(1),
            Shuffle = parameters.Property("shuffle").Boolean(),
            RandomState = randomState.IsNull ? null : ReadSeed(randomState),
            Tolerance = parameters.Property("tol").Number(),
            Momentum = parameters.Property("momentum").Number(),
            NesterovsMomentum = parameters.Property("nesterovs_momentum").Boolean(),
            EarlyStopping = parameters.Property("early_stopping").Boolean(),
            ValidationFraction = parameters.Property("validation_fraction").Number(),
            Beta1 = parameters.Property("beta_1").Number(),
            Beta2 = parameters.Property("beta_2").Number(),
            Epsilon = parameters.Property("epsilon").Number(),
            IterationsWithoutImprovement = parameters.Property("n_iter_no_change").Int32(1),
            WarmStart = parameters.Property("warm_start").Boolean(),
        };
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw parameters.Error($"contains invalid options: {string.Join(" ", problems)}");
        }

        return options;
    }

    private static bool IsAuto(JsonField field) => field.StringOrNull() == "auto";

    private static uint ReadSeed(JsonField field)
    {
        var seed = field.Integer(0);
        return seed <= uint.MaxValue
            ? (uint)seed
            : throw field.Error($"is {seed}, but must be a seed from 0 to {uint.MaxValue}");
    }

    private static string ScheduleName(LearningRateSchedule schedule) => schedule switch
    {
        LearningRateSchedule.InvScaling => "invscaling",
        LearningRateSchedule.Adaptive => "adaptive",
        _ => "constant",
    };

    private static T ParseName<T>(JsonField field, Func<string, T> parse)
    {
        var name = field.String();
        try
        {
            return parse(name);
        }
        catch (ArgumentException)
        {
            throw field.Error($"is \"{name}\", which is not a known value");
        }
    }

    private static Solver ParseSolver(string name) => name switch
    {
        "sgd" => Solver.Sgd,
        "adam" => Solver.Adam,
        _ => throw new ArgumentException($"Unknown solver '{name}'.", nameof(name)),
    };

    private static LearningRateSchedule ParseSchedule(string name) => name switch
    {
        "constant" => LearningRateSchedule.Constant,
        "invscaling" => LearningRateSchedule.InvScaling,
        "adaptive" => LearningRateSchedule.Adaptive,
        _ => throw new ArgumentException($"Unknown learning rate schedule '{name}'.", nameof(name)),
    };
}
