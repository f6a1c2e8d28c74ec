using System.Text.Json;
using Mlp.Data;
using Mlp.Estimators;
using Mlp.Metrics;

namespace Mlp.Cli.Tests.Commands;

/// <summary>
/// mlp evaluate on saved models. Expected scores come from the library: the loaded estimator's
/// predictions counted into a <see cref="ConfusionMatrix"/>, and <see cref="RegressionMetrics"/>.
/// </summary>
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Json_MatchesLibraryConfusionMatrix()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));

        var (exitCode, output, error) = Cli.Run("evaluate", "--model", model, "--data", "digits", "--json");

        Assert.True(exitCode == 0, error);
        var digits = EmbeddedDatasets.Digits();
        var classifier = MlpClassifier.Load(model);
        var labels = ClassLabels.Fit(classifier.Classes);
        var expected = new ConfusionMatrix(
            classifier.Classes,
            labels.Encode(digits.Targets),
            labels.Encode(classifier.Predict(digits)));
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("classification", json.GetProperty("task").GetString());
        Assert.Equal(1797, json.GetProperty("rows").GetInt32());
        Assert.Equal(classifier.Score(digits), json.GetProperty("accuracy").GetDouble());
        var classes = json.GetProperty("classes");
        for (var k = 0; k < 10; k++)
        {
            Assert.Equal(expected.Precision(k), classes[k].GetProperty("precision").GetDouble());
            Assert.Equal(expected.Recall(k), classes[k].GetProperty("recall").GetDouble());
            Assert.Equal(expected.F1(k), classes[k].GetProperty("f1").GetDouble());
            Assert.Equal(expected.Support(k), classes[k].GetProperty("support").GetInt32());
            for (var j = 0; j < 10; j++)
            {
                Assert.Equal(expected[k, j], json.GetProperty("confusion_matrix")[k][j].GetInt32());
            }
        }
    }

    [Fact]
    public void Text_ShowsTablesWithoutColour()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));

        var (exitCode, output, error) = Cli.Run("evaluate", "--model", model, "--data", "digits");

        Assert.True(exitCode == 0, error);
        Assert.StartsWith("digits: 1797 rows, 64 features; ", output, StringComparison.Ordinal);
        Assert.Contains(
            "classifier of 10 classes, float64, layers [64, 16, 10], tanh, softmax output",
            output,
            StringComparison.Ordinal);
        Assert.Contains("precision", output, StringComparison.Ordinal);
        Assert.Contains("macro avg", output, StringComparison.Ordinal);
        Assert.Contains("true \\ predicted", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void Regression_ReportsRSquaredMaeRmse()
    {
        var lines = Enumerable.Range(0, 50)
            .Select(i => FormattableString.Invariant($"{i / 10.0},{i % 7},{(i / 5.0) + (i % 7)}"));
        var data = folder.WriteText("line.csv", "a,b,y\n" + string.Join("\n", lines) + "\n");
        var model = Path.Combine(folder.Path, "regressor.json");
        var (trainExit, _, trainError) = Cli.Run(
            "train", "--data", data, "--task", "regression", "--hidden-layer-sizes", "6", "--max-iter", "40",
            "--random-state", "2", "--scale", "minmax", "--quiet", "--save", model);
        Assert.True(trainExit == 0, trainError);

        var (exitCode, output, error) = Cli.Run("evaluate", "--model", model, "--data", data, "--json");

        Assert.True(exitCode == 0, error);
        var loaded = Mlp.Models.ModelFile.Load<double>(model);
        var raw = CsvDatasetReader.Read(data);
        var regressor = (MlpRegressor<double>)loaded.Estimator;
        var predicted = regressor.Predict(loaded.Scaler!.Transform(raw)).Cast<double>().ToArray();
        var truth = NumericTargets.Parse(raw);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("regression", json.GetProperty("task").GetString());
        Assert.Equal(RegressionMetrics.RSquared(truth, predicted, 1), json.GetProperty("r2").GetDouble());
        Assert.Equal(RegressionMetrics.MeanAbsoluteError(truth, predicted, 1), json.GetProperty("mae").GetDouble());
        Assert.Equal(RegressionMetrics.RootMeanSquaredError(truth, predicted, 1), json.GetProperty("rmse").GetDouble());
    }

    [Fact]
    public void UnknownLabel_NamesLabelAndRow()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));
        var pixels = string.Join(",", Enumerable.Repeat("0", 64));
        var data = folder.WriteText("odd.csv", $"{pixels},3\n{pixels},eleven\n");

        var (exitCode, _, error) = Cli.Run("evaluate", "--model", model, "--data", data);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Contains("\"eleven\" at row 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderPresent_ReadsNumericColumnNames()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));
        var digits = EmbeddedDatasets.Digits().SelectRows([.. Enumerable.Range(0, 50)]);
        var csv = ModelFiles.WriteCsv(folder, "digits.csv", digits, header: false, withTarget: true);
        var header = string.Join(",", Enumerable.Range(0, 65));
        var path = folder.WriteText("numbered.csv", header + "\n" + File.ReadAllText(csv));

        var (autoExit, _, autoError) = Cli.Run("evaluate", "--model", model, "--data", path);
        var (exitCode, output, error) = Cli.Run(
            "evaluate", "--model", model, "--data", path, "--header", "present", "--json");

        // Auto reads the all-number first row as data, whose label "64" is no class of the model.
        Assert.Equal(CommandLine.InvalidInputExitCode, autoExit);
        Assert.Contains("\"64\" at row 1", autoError, StringComparison.Ordinal);
        Assert.True(exitCode == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(50, json.GetProperty("rows").GetInt32());
        Assert.Equal(MlpClassifier.Load(model).Score(digits), json.GetProperty("accuracy").GetDouble());
    }
}
