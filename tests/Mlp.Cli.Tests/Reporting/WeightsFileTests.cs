using System.Text.Json;

namespace Mlp.Cli.Tests.Reporting;

/// <summary>The --dump-weights file of mlp train.</summary>
public sealed class WeightsFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void DumpWeights_WritesPlusAndApostrophePlainly()
    {
        var path = Path.Combine(folder.Path, "weights.json");

        var (exitCode, _, error) = Cli.Run([.. ModelFiles.SmallDigits, "--dump-weights", path]);

        // The default JSON encoder would write + as \u002B and ' as \u0027.
        Assert.True(exitCode == 0, error);
        var text = File.ReadAllText(path);
        Assert.Contains(
            "\"layout\": \"weights[l][unit][input], z = W h + b; scikit-learn's coefs_[l] is the transpose\"",
            text,
            StringComparison.Ordinal);
        var json = JsonDocument.Parse(text).RootElement;
        Assert.Equal([64, 16, 10], json.GetProperty("layer_sizes").EnumerateArray().Select(size => size.GetInt32()));
    }
}
