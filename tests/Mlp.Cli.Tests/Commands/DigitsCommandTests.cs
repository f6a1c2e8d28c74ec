using System.Text.Json;

namespace Mlp.Cli.Tests.Commands;

/// <summary>
/// The main job. The thresholds for the textbook run come from a plain NumPy loop of the same
/// procedure, which reaches 0.97 to 0.98 on the test rows; the scikit-learn column must equal
/// scikit-learn 1.2.1's recorded fit: 542 epochs, training accuracy 1436/1437, test 350/360.
/// </summary>
public class DigitsCommandTests
{
    private static readonly Lazy<JsonElement> Json = new(() =>
    {
        var (exitCode, output, error) = Cli.Run("digits", "--json", "--quiet");
        Assert.True(exitCode == 0, error);
        return JsonDocument.Parse(output).RootElement;
    });

    [Fact]
    public void Textbook_ReachesAccuracyTargets()
    {
        var textbook = Json.Value.GetProperty("textbook");

        Assert.True(textbook.GetProperty("train_score").GetDouble() >= 0.99);
        Assert.True(textbook.GetProperty("test_score").GetDouble() >= 0.96);
        Assert.Equal(100, textbook.GetProperty("n_iter").GetInt32());
        Assert.Equal(1, textbook.GetProperty("params").GetProperty("batch_size").GetInt32());
    }

    [Fact]
    public void ScikitLearnConfiguration_MatchesRecordedFit()
    {
        var sklearn = Json.Value.GetProperty("sklearn");

        Assert.Equal(542, sklearn.GetProperty("n_iter").GetInt32());
        Assert.Equal(1436.0 / 1437, sklearn.GetProperty("train_score").GetDouble());
        Assert.Equal(350.0 / 360, sklearn.GetProperty("test_score").GetDouble());
        Assert.Equal("no_improvement", sklearn.GetProperty("stop_reason").GetString());
        Assert.Equal("auto", sklearn.GetProperty("params").GetProperty("batch_size").GetString());
    }

    [Fact]
    public void Json_HoldsTrainFieldsForBothRuns()
    {
        foreach (var run in new[] { "textbook", "sklearn" })
        {
            var element = Json.Value.GetProperty(run);
            string[] fields =
            [
                "n_iter", "loss_curve", "train_score", "test_score", "fit_seconds", "classes",
                "best_loss", "validation_scores", "stop_reason", "t",
            ];
            foreach (var field in fields)
            {
                Assert.True(element.TryGetProperty(field, out _), $"{run} lacks {field}");
            }
        }
    }

    [Fact]
    public void Text_ShowsBothRunsSideBySide()
    {
        var (exitCode, output, _) = Cli.Run("digits", "--quiet");

        Assert.Equal(0, exitCode);
        Assert.Contains("textbook", output, StringComparison.Ordinal);
        Assert.Contains("scikit-learn configuration", output, StringComparison.Ordinal);
        Assert.Contains("0.99930", output, StringComparison.Ordinal);
        Assert.Contains("0.97222", output, StringComparison.Ordinal);
    }
}
