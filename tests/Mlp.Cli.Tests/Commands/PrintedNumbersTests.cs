using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mlp.Cli.Tests.Commands;

/// <summary>
/// Every matrix that the Markdown solution prints must be a list of the JSON form, the engine's
/// full-precision values, rounded to the printed decimals (weight matrices may be printed
/// transposed, as in W[l]ᵀ δ).
/// </summary>
public partial class PrintedNumbersTests
{
    public static TheoryData<string[]> Problems() => new()
    {
        { [.. Cli.Exercise, .. Cli.IdentitySquaredError] },
        { [.. Cli.Exercise, .. Cli.SoftmaxCrossEntropy] },
        { [.. Cli.Exercise, .. Cli.SecondExample, .. Cli.IdentitySquaredError] },
        { [.. Cli.Exercise, .. Cli.SecondExample, .. Cli.SoftmaxCrossEntropy, "--reduction", "mean"] },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Markdown_EveryMatrix_IsEngineValueRounded(string[] options)
    {
        var markdown = Cli.Run(["step", .. options, "--format", "markdown"]).Output;
        using var json = StepCommandTests.Json(options);
        var candidates = new List<double[]>();
        Collect(json.RootElement, candidates);

        var matrices = MatrixPattern().Matches(markdown).Select(match => ParseMatrix(match.Groups[1].Value)).ToList();

        Assert.True(matrices.Count > 20, $"only {matrices.Count} matrices found");
        foreach (var printed in matrices)
        {
            var flat = printed.SelectMany(row => row).ToArray();
            var transposed = Enumerable.Range(0, printed[0].Length)
                .SelectMany(column => printed.Select(row => row[column])).ToArray();
            Assert.True(
                candidates.Any(values => SameRounded(values, flat) || SameRounded(values, transposed)),
                $"printed matrix [{string.Join(", ", flat)}] is no JSON list rounded to 4 decimals");
        }
    }

    [Theory]
    [MemberData(nameof(Problems))]
    public void Markdown_Loss_IsEngineValueRounded(string[] options)
    {
        var markdown = Cli.Run(["step", .. options, "--format", "markdown"]).Output;
        using var json = StepCommandTests.Json(options);

        foreach (var example in json.RootElement.GetProperty("examples").EnumerateArray())
        {
            var loss = example.GetProperty("loss").GetDouble().ToString("F4", CultureInfo.InvariantCulture);
            Assert.Contains($"= {loss}\n", markdown);
        }
    }

    /// <summary>Gathers every list of numbers of the JSON, including the rows of matrices.</summary>
    private static void Collect(JsonElement element, List<double[]> lists)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, lists);
                }

                break;
            case JsonValueKind.Array when element.EnumerateArray().All(item => item.ValueKind == JsonValueKind.Number):
                lists.Add([.. element.EnumerateArray().Select(item => item.GetDouble())]);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, lists);
                }

                if (element.EnumerateArray().All(item => item.ValueKind == JsonValueKind.Array))
                {
                    lists.Add(StepCommandTests.Doubles(element));
                }

                break;
        }
    }

    private static bool SameRounded(double[] values, double[] printed) =>
        values.Length == printed.Length
        && values.Zip(printed).All(pair => Round(pair.First) == pair.Second);

    private static double Round(double value) =>
        double.Parse(value.ToString("F4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static double[][] ParseMatrix(string body) =>
        [.. body.Split(@"\\").Select(row => row.Split('&')
            .Select(cell => double.Parse(cell.Trim(), CultureInfo.InvariantCulture)).ToArray())];

    [GeneratedRegex(@"\\begin\{pmatrix\}(.*?)\\end\{pmatrix\}")]
    private static partial Regex MatrixPattern();
}
