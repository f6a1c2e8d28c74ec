using System.Text.Json;
using Mlp.Activations;
using Mlp.Checking;
using Mlp.Exercises;
using Mlp.Losses;
using Mlp.Networks;

namespace Mlp.Tests.Checking;

/// <summary>
/// Reads Reference/numpy/step-mistakes.json, written by record_step_mistakes.py: steps worked
/// out in NumPy, correct and with each common mistake, keyed by the paths of the JSON output.
/// </summary>
internal static class StepMistakeReference
{
    private static readonly JsonElement Root = ReferenceFile.Load("numpy", "step-mistakes.json");

    public static IEnumerable<string> ProblemNames =>
        Root.GetProperty("problems").EnumerateObject().Select(problem => problem.Name);

    /// <summary>Returns the mistakes recorded for a problem, "none" included.</summary>
    public static IEnumerable<string> StepNames(string problem) =>
        Root.GetProperty("problems").GetProperty(problem).GetProperty("steps")
            .EnumerateObject()
            .Select(step => step.Name);

    /// <summary>Returns the recorded values of one step, by path.</summary>
    public static Dictionary<string, double[]> Values(string problem, string step) =>
        Root.GetProperty("problems").GetProperty(problem).GetProperty("steps").GetProperty(step)
            .EnumerateObject()
            .ToDictionary(entry => entry.Name, entry => ReferenceFile.Doubles(entry.Value));

    /// <summary>Builds the problem the script solved.</summary>
    public static StepProblem Problem(string name)
    {
        var problem = Root.GetProperty("problems").GetProperty(name).GetProperty("problem");
        var sizes = ReferenceFile.Ints(problem.GetProperty("layers"));
        var output = ActivationNames.ParseOutput(problem.GetProperty("output").GetString()!);
        var network = new MultilayerPerceptron<double>(NetworkShape.Create(sizes, Activation.Tanh, output));
        var weights = problem.GetProperty("weights").EnumerateArray().ToArray();
        var biases = problem.GetProperty("biases").EnumerateArray().ToArray();
        for (var l = 0; l < network.LayerCount; l++)
        {
            var rows = weights[l].EnumerateArray().ToArray();
            for (var row = 0; row < rows.Length; row++)
            {
                ReferenceFile.Doubles(rows[row]).CopyTo(network.Weights[l].Row(row));
            }

            ReferenceFile.Doubles(biases[l]).CopyTo(network.Biases[l].Span);
        }

        var examples = problem.GetProperty("examples").EnumerateArray()
            .Select(pair => new TrainingExample(ReferenceFile.Doubles(pair[0]), ReferenceFile.Doubles(pair[1])))
            .ToArray();
        return new StepProblem(
            network,
            LossNames.Parse(problem.GetProperty("loss").GetString()!),
            problem.GetProperty("learningRate").GetDouble(),
            GradientReductionNames.Parse(problem.GetProperty("reduction").GetString()!),
            examples);
    }

    /// <summary>Maps the script's name of a mistake to the enum, or null for "none".</summary>
    public static CommonMistake? Mistake(string step) => step switch
    {
        "none" => null,
        "derivative-of-pre-activation" => CommonMistake.DerivativeOfPreActivation,
        "derivative-of-activation" => CommonMistake.DerivativeOfActivation,
        "forgotten-bias" => CommonMistake.ForgottenBias,
        "update-added" => CommonMistake.UpdateAdded,
        "mean-instead-of-sum" => CommonMistake.MeanInsteadOfSum,
        "transposed-weights" => CommonMistake.TransposedWeights,
        _ => throw new ArgumentException($"Unknown step '{step}'.", nameof(step)),
    };
}
