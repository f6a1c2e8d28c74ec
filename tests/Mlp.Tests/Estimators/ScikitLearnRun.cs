using System.Globalization;
using System.Text.Json;
using Mlp.Activations;
using Mlp.Training;

namespace Mlp.Tests.Estimators;

/// <summary>
/// One recorded scikit-learn 1.2.1 fit under Reference/sklearn/: its options, its data split
/// into training and test rows, and what scikit-learn reported.
/// </summary>
internal sealed class ScikitLearnRun
{
    private ScikitLearnRun(string name, JsonElement root)
    {
        Name = name;
        Root = root;
    }

    public string Name { get; }

    public JsonElement Root { get; }

    public bool IsClassifier => Root.GetProperty("estimator").GetString() == "MLPClassifier";

    public int[] TrainRows => ReferenceFile.Ints(Root.GetProperty("split").GetProperty("train_idx"));

    public int[] TestRows => ReferenceFile.Ints(Root.GetProperty("split").GetProperty("test_idx"));

    public double[] LossCurve => NumbersOrNaN(Root.GetProperty("loss_curve"));

    public int IterationCount => Root.GetProperty("n_iter").GetInt32();

    /// <summary>Number of target columns: the width of the last layer for regression, else 1.</summary>
    public int TargetCount
    {
        get
        {
            var intercepts = Root.GetProperty("final_intercepts");
            return IsClassifier ? 1 : intercepts[intercepts.GetArrayLength() - 1].GetArrayLength();
        }
    }

    public static ScikitLearnRun Load(string name) =>
        new(name, ReferenceFile.Load("sklearn", name + ".json"));

    /// <summary>Reads the run's CSV: a header, features, then <see cref="TargetCount"/> target columns.</summary>
    public (double[,] Features, string[,] Targets) ReadData()
    {
        var path = Path.Combine(
            AppContext.BaseDirectory,
            "Reference",
            "sklearn",
            Root.GetProperty("dataset").GetString()!);
        var lines = File.ReadAllLines(path)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .ToArray();
        var featureCount = lines[0].Length - TargetCount;
        var features = new double[lines.Length, featureCount];
        var targets = new string[lines.Length, TargetCount];
        for (var row = 0; row < lines.Length; row++)
        {
            for (var column = 0; column < lines[row].Length; column++)
            {
                if (column < featureCount)
                {
                    features[row, column] = double.Parse(lines[row][column], CultureInfo.InvariantCulture);
                }
                else
                {
                    targets[row, column - featureCount] = lines[row][column];
                }
            }
        }

        return (features, targets);
    }

    /// <summary>Translates scikit-learn's get_params() into options.</summary>
    public TrainingOptions Options()
    {
        var p = Root.GetProperty("params");
        var hidden = p.GetProperty("hidden_layer_sizes");
        return new TrainingOptions
        {
            HiddenLayerSizes = hidden.ValueKind == JsonValueKind.Array
                ? ReferenceFile.Ints(hidden)
                : [hidden.GetInt32()],
            Activation = ActivationNames.ParseHidden(p.GetProperty("activation").GetString()!),
            Solver = p.GetProperty("solver").GetString() == "sgd" ? Solver.Sgd : Solver.Adam,
            Alpha = p.GetProperty("alpha").GetDouble(),
            BatchSize = p.GetProperty("batch_size").ValueKind == JsonValueKind.String
                ? null
                : p.GetProperty("batch_size").GetInt32(),
            LearningRateSchedule = p.GetProperty("learning_rate").GetString() switch
            {
                "invscaling" => LearningRateSchedule.InvScaling,
                "adaptive" => LearningRateSchedule.Adaptive,
                _ => LearningRateSchedule.Constant,
            },
            LearningRateInit = p.GetProperty("learning_rate_init").GetDouble(),
            PowerT = p.GetProperty("power_t").GetDouble(),
            MaxIterations = p.GetProperty("max_iter").GetInt32(),
            Shuffle = p.GetProperty("shuffle").GetBoolean(),
            RandomState = p.GetProperty("random_state").GetUInt32(),
            Tolerance = p.GetProperty("tol").GetDouble(),
            Momentum = p.GetProperty("momentum").GetDouble(),
            NesterovsMomentum = p.GetProperty("nesterovs_momentum").GetBoolean(),
            EarlyStopping = p.GetProperty("early_stopping").GetBoolean(),
            ValidationFraction = p.GetProperty("validation_fraction").GetDouble(),
            Beta1 = p.GetProperty("beta_1").GetDouble(),
            Beta2 = p.GetProperty("beta_2").GetDouble(),
            Epsilon = p.GetProperty("epsilon").GetDouble(),
            IterationsWithoutImprovement = p.GetProperty("n_iter_no_change").GetInt32(),
        };
    }

    /// <summary>Reads numbers, where NaN and infinities are written as strings.</summary>
    public static double[] NumbersOrNaN(JsonElement array) =>
        [.. array.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String
            ? double.Parse(item.GetString()!, CultureInfo.InvariantCulture)
            : item.GetDouble())];

    public override string ToString() => Name;
}
