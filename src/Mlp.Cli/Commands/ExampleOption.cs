using Mlp.Exercises;
using Mlp.Networks;

namespace Mlp.Cli.Commands;

/// <summary>Parses <c>--example INPUTS:TARGETS</c> values such as <c>1,0,1,0:0,1,0</c>.</summary>
internal static class ExampleOption
{
    private const string Name = "--example";

    /// <summary>Parses every example and checks it fits the layers.</summary>
    /// <exception cref="OptionValueException">No example, or one that is malformed or does not fit.</exception>
    public static List<TrainingExample> ParseAll(IReadOnlyList<string> values, NetworkShape shape)
    {
        if (values.Count == 0)
        {
            throw new OptionValueException(
                Name,
                "--example is missing; give at least one example as inputs:targets, such as --example 1,0,1,0:0,1,0.");
        }

        return [.. values.Select(value => Parse(value, shape))];
    }

    private static TrainingExample Parse(string value, NetworkShape shape)
    {
        var parts = value.Split(':');
        if (parts.Length != 2)
        {
            throw OptionValueException.ForValue(
                Name,
                value,
                parts.Length == 1
                    ? "missing the colon and the targets; expected inputs:targets, such as 1,0,1,0:0,1,0."
                    : "more than one colon; expected inputs:targets, such as 1,0,1,0:0,1,0.");
        }

        if (parts[1].Trim().Length == 0)
        {
            throw OptionValueException.ForValue(
                Name, value, "missing the targets after the colon; expected inputs:targets, such as 1,0,1,0:0,1,0.");
        }

        var inputs = OptionParsing.ParseNumbers(Name, value, parts[0], "input");
        var targets = OptionParsing.ParseNumbers(Name, value, parts[1], "target");
        var layers = string.Join(",", shape.LayerSizes);
        if (inputs.Length != shape.InputCount)
        {
            throw OptionValueException.ForValue(
                Name, value, $"{inputs.Length} input(s), but --layers {layers} takes {shape.InputCount}.");
        }

        if (targets.Length != shape.OutputCount)
        {
            throw OptionValueException.ForValue(
                Name, value, $"{targets.Length} target(s), but --layers {layers} gives {shape.OutputCount} outputs.");
        }

        return new TrainingExample(inputs, targets);
    }
}
