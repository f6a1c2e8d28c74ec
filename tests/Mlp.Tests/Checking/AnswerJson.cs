using System.Globalization;
using System.Text.Json.Nodes;
using Mlp.Checking;
using Mlp.Exercises;

namespace Mlp.Tests.Checking;

/// <summary>Writes answers files for tests: chosen quantities of a step, rounded to given decimals.</summary>
internal sealed class AnswerJson(StepProblem problem)
{
    private readonly Dictionary<string, StepQuantity> quantities =
        StepQuantities.Describe(problem).ToDictionary(quantity => quantity.Path);

    private readonly JsonObject root = [];

    /// <summary>Adds a quantity with every value written with <paramref name="decimals"/> decimals.</summary>
    public AnswerJson Add(string path, IReadOnlyList<double> values, int decimals = 4) =>
        AddText(path, [.. values.Select(value => value.ToString("F" + decimals, CultureInfo.InvariantCulture))]);

    /// <summary>Adds a quantity written with the given number texts, row by row.</summary>
    public AnswerJson AddText(string path, IReadOnlyList<string> texts, bool transposed = false)
    {
        var quantity = quantities[path];
        var rows = transposed ? quantity.Columns : quantity.Rows;
        var columns = transposed ? quantity.Rows : quantity.Columns;
        JsonNode Number(int row, int column) => JsonNode.Parse(
            transposed ? texts[(column * quantity.Columns) + row] : texts[(row * columns) + column])!;
        JsonNode value = quantity.Kind switch
        {
            QuantityKind.Scalar => Number(0, 0),
            QuantityKind.Vector => new JsonArray([.. Enumerable.Range(0, rows).Select(row => Number(row, 0))]),
            _ => new JsonArray([.. Enumerable.Range(0, rows).Select(row =>
                (JsonNode)new JsonArray([.. Enumerable.Range(0, columns).Select(column => Number(row, column))]))]),
        };
        Set(path, value);
        return this;
    }

    public override string ToString() => root.ToJsonString();

    private void Set(string path, JsonNode value)
    {
        JsonNode parent = root;
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            var bracket = segments[i].IndexOf('[');
            var name = bracket < 0 ? segments[i] : segments[i][..bracket];
            var parentObject = parent.AsObject();
            if (bracket < 0)
            {
                if (last)
                {
                    parentObject[name] = value;
                    return;
                }

                parent = parentObject[name] ??= new JsonObject();
                continue;
            }

            var index = int.Parse(segments[i][(bracket + 1)..^1], CultureInfo.InvariantCulture);
            var array = (parentObject[name] ??= new JsonArray()).AsArray();
            while (array.Count <= index)
            {
                array.Add(null);
            }

            if (last)
            {
                array[index] = value;
                return;
            }

            parent = array[index] ??= new JsonObject();
        }
    }
}
