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
    public void OneRow_CountsInSingular()
    {
        var model = Path.Combine(folder.Path, "model.json");
        var (trainExit, _, trainError) = Cli.Run(
            "train", "--data", "digits", "--hidden-layer-sizes", "16", "--max-iter", "1", "--random-state", "1",
            "--quiet", "--save", model);
        Assert.True(trainExit == 0, trainError);
        var (_, test) = ModelFiles.DigitsSplit();
        var csv = ModelFiles.WriteCsv(folder, "one.csv", test.SelectRows([0]), header: true, withTarget: true);

        var (exitCode, output, error) = Cli.Run("evaluate", "--model", model, "--data", csv);

        Assert.True(exitCode == 0, error);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.StartsWith(
            $"{csv}: 1 row, 64 features; {model}: classifier of 10 classes",
            lines[0],
            StringComparison.Ordinal);
        Assert.EndsWith(", no scaling, 1 epoch.", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^accuracy [01]\.0000 \([01] of 1 row\)$", lines[1]);
    }

    [Fact]
    public void OneFeature_CountsInSingular()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));
        var narrow = folder.WriteText("narrow.csv", "1,3\n4,5\n");

        var (exitCode, _, error) = Cli.Run("evaluate", "--model", model, "--data", narrow);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Contains("narrow.csv has 1 feature, but the model takes 64", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "Infinity")]
    [InlineData(true, "NaN")]
    public void OverflowingRow_FailsNamingRowAndModel(bool classify, string value)
    {
        var model = ModelFiles.TrainOverflowing(folder, Path.Combine(folder.Path, "huge.json"), classify);

        // a + b is 0, 0.75 and 7: only data row 3 overflows.
        string[] targets = classify ? ["p", "q", "r"] : ["0", "1", "2"];
        var rows = folder.WriteText(
            "rows.csv",
            $"a,b,y\n0,0,{targets[0]}\n0.5,0.25,{targets[1]}\n3,4,{targets[2]}\n");

        var (exitCode, output, error) = Cli.Run("evaluate", "--model", model, "--data", rows, "--json");

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith(
            $"mlp: error: {rows}, data row 3: output 0 of the network in {model} is {value}",
            error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Json_PlusInPath_WrittenPlainly()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "digits+tanh's.json"));

        var (exitCode, output, error) = Cli.Run("evaluate", "--model", model, "--data", "digits", "--json");

        // The default JSON encoder would write + as \u002B and ' as \u0027.
        Assert.True(exitCode == 0, error);
        Assert.Contains("digits+tanh's.json\",", output, StringComparison.Ordinal);
        Assert.Equal(model, JsonDocument.Parse(output).RootElement.GetProperty("model").GetString());
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
        Assert.Contains("pass --header present", autoError, StringComparison.Ordinal);
        Assert.True(exitCode == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(50, json.GetProperty("rows").GetInt32());
        Assert.Equal(MlpClassifier.Load(model).Score(digits), json.GetProperty("accuracy").GetDouble());
    }
}
