using System.CommandLine;
using System.CommandLine.Parsing;
using Mlp.Training;

namespace Mlp.Cli.Training;

/// <summary>
/// Combines a saved model's training options with the ones given on the command line for a
/// warm start. An option typed on the command line wins, and every other keeps its saved value,
/// as scikit-learn keeps an estimator's parameters between fits unless set_params changes them.
/// </summary>
internal static class WarmStartOptions
{
    /// <summary>
    /// Returns the saved options with the explicitly given ones copied over and warm start on.
    /// </summary>
    public static TrainingOptions Merge(
        TrainingOptions saved,
        TrainingOptions given,
        TrainingOptionSet set,
        ParseResult parseResult)
    {
        var merged = saved;
        foreach (var (option, copy) in Copies(set))
        {
            if (IsExplicit(parseResult, option))
            {
                merged = copy(merged, given);
            }
        }

        return merged with { WarmStart = true };
    }

    /// <summary>
    /// Whether the option was typed on the command line rather than taken from its default.
    /// </summary>
    public static bool IsExplicit(ParseResult parseResult, Option option) =>
        parseResult.GetResult(option) is OptionResult { Implicit: false };

    /// <summary>Whether the option of that name was typed on the command line.</summary>
    public static bool IsExplicit(ParseResult parseResult, string name) =>
        parseResult.CommandResult.Children
            .OfType<OptionResult>()
            .Any(result => result.Option.Name == name && !result.Implicit);

    private static (Option Option, Func<TrainingOptions, TrainingOptions, TrainingOptions> Copy)[] Copies(
        TrainingOptionSet set) =>
    [
        (set.HiddenLayerSizes, (to, from) => to with { HiddenLayerSizes = from.HiddenLayerSizes }),
        (set.Activation, (to, from) => to with { Activation = from.Activation }),
        (set.Solver, (to, from) => to with { Solver = from.Solver }),
        (set.Alpha, (to, from) => to with { Alpha = from.Alpha }),
        (set.BatchSize, (to, from) => to with { BatchSize = from.BatchSize }),
        (set.LearningRate, (to, from) => to with { LearningRateSchedule = from.LearningRateSchedule }),
        (set.LearningRateInit, (to, from) => to with { LearningRateInit = from.LearningRateInit }),
        (set.PowerT, (to, from) => to with { PowerT = from.PowerT }),
        (set.MaxIter, (to, from) => to with { MaxIterations = from.MaxIterations }),
        (set.Shuffle, (to, from) => to with { Shuffle = from.Shuffle }),
        (set.RandomState, (to, from) => to with { RandomState = from.RandomState }),
        (set.Tol, (to, from) => to with { Tolerance = from.Tolerance }),
        (set.Momentum, (to, from) => to with { Momentum = from.Momentum }),
        (set.NesterovsMomentum, (to, from) => to with { NesterovsMomentum = from.NesterovsMomentum }),
        (set.EarlyStopping, (to, from) => to with { EarlyStopping = from.EarlyStopping }),
        (set.ValidationFraction, (to, from) => to with { ValidationFraction = from.ValidationFraction }),
        (set.Beta1, (to, from) => to with { Beta1 = from.Beta1 }),
        (set.Beta2, (to, from) => to with { Beta2 = from.Beta2 }),
        (set.Epsilon, (to, from) => to with { Epsilon = from.Epsilon }),
        (set.NIterNoChange, (to, from) => to with { IterationsWithoutImprovement = from.IterationsWithoutImprovement }),
    ];
}
