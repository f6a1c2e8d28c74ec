using System.Globalization;
using System.Text.Json;
using Mlp.Data;
using Mlp.Estimators;
using Mlp.Training;

namespace Mlp.Cli.Tests.Commands;

/// <summary>
/// mlp train end to end. Expected losses come from fitting the library's MlpClassifier directly
/// with the same options, so these tests check that the command passes every option through.
/// </summary>
public sealed class TrainCommandTests : IDisposable
{
    private static readonly string[] SmallDigitsRun =
    [
        "train", "--data", "digits", "--hidden-layer-sizes", "20", "--solver", "sgd", "--max-iter", "5",
        "--random-state", "1", "--quiet",
    ];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Json_MatchesLibraryFit()
    {
        var (exitCode, output, error) = Cli.Run([.. SmallDigitsRun, "--json"]);

        Assert.Equal(0, exitCode);
        var json = JsonDocument.Parse(output).RootElement;
        var expected = FitLibrary(new TrainingOptions
        {
            HiddenLayerSizes = [20],
            Solver = Solver.Sgd,
            MaxIterations = 5,
            RandomState = 1,
        });
        Assert.Equal(5, json.GetProperty("n_iter").GetInt32());
        Assert.Equal(expected.LossCurve, json.GetProperty("loss_curve").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal(5 * 1437, json.GetProperty("t").GetInt64());
        Assert.Equal("max_iter", json.GetProperty("stop_reason").GetString());
        Assert.Equal(expected.BestLoss!.Value, json.GetProperty("best_loss").GetDouble());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("validation_scores").ValueKind);
        Assert.InRange(json.GetProperty("train_score").GetDouble(), 0.5, 1);
        Assert.InRange(json.GetProperty("test_score").GetDouble(), 0.5, 1);
        Assert.True(json.GetProperty("fit_seconds").GetDouble() > 0);
        Assert.Equal(Enumerable.Range(0, 10).Select(d => d.ToString(CultureInfo.InvariantCulture)),
            json.GetProperty("classes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1u, json.GetProperty("params").GetProperty("random_state").GetUInt32());
        Assert.Contains("--max-iter 5", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_ShowsTableWithScoresAndSeed()
    {
        var (exitCode, output, _) = Cli.Run(SmallDigitsRun);

        Assert.Equal(0, exitCode);
        Assert.Contains(
            "digits: 1437 training rows, 360 test rows, 64 features, 10 classes; random state 1.",
            output,
            StringComparison.Ordinal);
        Assert.Contains("training accuracy", output, StringComparison.Ordinal);
        Assert.Contains("test accuracy", output, StringComparison.Ordinal);
        Assert.Contains("epoch limit", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EarlyStoppingAndAdam_ReportValidationScores()
    {
        var (exitCode, output, _) = Cli.Run(
            "train", "--hidden-layer-sizes", "16", "--early-stopping", "--max-iter", "30", "--random-state", "3",
            "--json", "--quiet");

        Assert.Equal(0, exitCode);
        var json = JsonDocument.Parse(output).RootElement;
        var expected = FitLibrary(new TrainingOptions
        {
            HiddenLayerSizes = [16],
            EarlyStopping = true,
            MaxIterations = 30,
            RandomState = 3,
        });
        Assert.Equal(
            expected.ValidationScores!,
            json.GetProperty("validation_scores").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal(expected.BestValidationScore!.Value, json.GetProperty("best_validation_score").GetDouble());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("best_loss").ValueKind);
    }

    [Fact]
    public void DumpWeights_WritesEveryLayer()
    {
        var path = Path.Combine(folder.Path, "weights.json");

        var (exitCode, _, _) = Cli.Run([.. SmallDigitsRun, "--dump-weights", path]);

        Assert.Equal(0, exitCode);
        var json = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
        Assert.Equal([64, 20, 10], json.GetProperty("layer_sizes").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(20, json.GetProperty("weights")[0].GetArrayLength());
        Assert.Equal(64, json.GetProperty("weights")[0][0].GetArrayLength());
        Assert.Equal(10, json.GetProperty("biases")[1].GetArrayLength());
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Regression_OnLinearCsv_ScoresHighRSquared()
    {
        var lines = Enumerable.Range(0, 60).Select(i =>
        {
            var x = (i - 30) / 10.0;
            return FormattableString.Invariant($"{x},{x * x / 4},{2 * x + 1}");
        });
        var path = folder.WriteText("line.csv", "x,x2,y\n" + string.Join("\n", lines));

        var (exitCode, output, error) = Cli.Run(
            "train", "--data", path, "--task", "regression", "--hidden-layer-sizes", "8", "--max-iter", "500",
            "--learning-rate-init", "0.01", "--random-state", "0", "--json", "--quiet");

        Assert.True(exitCode == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("regression", json.GetProperty("task").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("classes").ValueKind);
        Assert.True(json.GetProperty("test_score").GetDouble() > 0.95, output);
    }

    [Fact]
    public void Float32_TrainsAndSaysSo()
    {
        var (exitCode, output, _) = Cli.Run([.. SmallDigitsRun, "--dtype", "float32", "--json"]);

        Assert.Equal(0, exitCode);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("float32", json.GetProperty("dtype").GetString());
        Assert.InRange(json.GetProperty("test_score").GetDouble(), 0.5, 1);
    }

    [Fact]
    public void DivergingTraining_FailsWithRemedy()
    {
        var lines = Enumerable.Range(
            0,
            40).Select(i => FormattableString.Invariant($"{i * 1e6},{(i % 3 == 0 ? 1e9 : -1e9)}"));
        var path = folder.WriteText("huge.csv", "x,y\n" + string.Join("\n", lines));

        var (exitCode, output, error) = Cli.Run(
            "train", "--data", path, "--task", "regression", "--solver", "sgd", "--learning-rate-init", "1",
            "--hidden-layer-sizes", "4", "--activation", "identity", "--max-iter", "50",
            "--random-state", "0", "--quiet");

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("mlp: error: Training diverged in epoch", error, StringComparison.Ordinal);
        Assert.Contains("Scale the inputs", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("--alpha", "-1", "--alpha must be in [0, ∞); got -1.")]
    [InlineData("--momentum", "1", "--momentum must be in [0, 1); got 1.")]
    [InlineData("--validation-fraction", "1", "--validation-fraction must be in (0, 1); got 1.")]
    [InlineData("--hidden-layer-sizes", "", "--hidden-layer-sizes must be a comma list of integers ≥ 1")]
    [InlineData("--hidden-layer-sizes", "4,,3", "--hidden-layer-sizes must be a comma list of integers ≥ 1")]
    [InlineData("--learning-rate-init", "0", "--learning-rate-init must be in (0, ∞); got 0.")]
    [InlineData("--lr", "-0.1", "--learning-rate-init must be in (0, ∞); got -0.1.")]
    [InlineData("--max-iter", "0", "--max-iter must be an integer ≥ 1; got 0.")]
    [InlineData("--batch-size", "0", "--batch-size must be an integer ≥ 1 or auto; got '0'.")]
    [InlineData("--beta-2", "1", "--beta-2 must be in [0, 1); got 1.")]
    [InlineData("--epsilon", "0", "--epsilon must be in (0, ∞); got 0.")]
    [InlineData("--n-iter-no-change", "0", "--n-iter-no-change must be an integer ≥ 1; got 0.")]
    [InlineData("--solver", "lbfgs", "--solver lbfgs is not supported; use sgd or adam.")]
    [InlineData("--activation", "softmax", "--activation: Unknown hidden activation 'softmax'")]
    [InlineData("--learning-rate", "cyclic", "--learning-rate must be constant, invscaling or adaptive; got 'cyclic'.")]
    [InlineData("--dtype", "float16", "--dtype must be float64 or float32; got 'float16'.")]
    [InlineData("--task", "ranking", "--task must be classification or regression; got 'ranking'.")]
    [InlineData("--test-size", "1.5", "--test-size must be in (0, 1); got 1.5.")]
    [InlineData("--data", "missing.csv", "--data 'missing.csv' is neither a built-in data set")]
    [InlineData("--header", "maybe", "--header must be auto, present or absent; got 'maybe'.")]
    [InlineData("--shuffle", "maybe", "--shuffle takes true or false; got 'maybe'.")]
    [InlineData("--nesterovs-momentum", "no", "--nesterovs-momentum takes true or false; got 'no'.")]
    [InlineData("--split-seed", "-5", "--split-seed must be 0 or more; got -5.")]
    [InlineData("--target-index", "-1", "--target-index must be 0 or more; got -1.")]
    [InlineData("--target", "label", "--target, --target-index and --header apply to CSV files, but --data digits")]
    public void BadOption_FailsBeforeTrainingWithOneLine(string option, string value, string message)
    {
        var (exitCode, output, error) = Cli.Run("train", option, value, "--quiet");

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("mlp: error: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void SeveralBadOptions_AreReportedTogether()
    {
        var (exitCode, _, error) = Cli.Run("train", "--alpha", "-1", "--momentum", "2", "--quiet");

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Contains("--alpha must be", error, StringComparison.Ordinal);
        Assert.Contains("--momentum must be", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_FailsWithNonZeroExit()
    {
        var (exitCode, _, error) = Cli.Run("train", "--hidden-layers", "5");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--hidden-layers", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TestDataWithOtherFeatureCount_IsRejected()
    {
        var path = folder.WriteText("two.csv", "a,b,y\n1,2,0\n3,4,1\n");

        var (exitCode, _, error) = Cli.Run("train", "--test-data", path, "--quiet");

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Contains("--test-data has 2 features; --data has 64.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderPresent_ReadsNumericColumnNames()
    {
        var rows = Enumerable.Range(0, 40).Select(i => FormattableString.Invariant($"{i % 7},{i % 5},{i % 2}"));
        var path = folder.WriteText("numeric-header.csv", "0,1,2\n" + string.Join("\n", rows));
        string[] run = ["train", "--data", path, "--max-iter", "2", "--json", "--quiet"];

        var (autoExit, autoOutput, autoError) = Cli.Run(run);
        var (exitCode, output, error) = Cli.Run([.. run, "--header", "present"]);

        // Auto reads the all-number first row as data: 41 rows, one of them of class "2".
        Assert.True(autoExit == 0, autoError);
        var auto = JsonDocument.Parse(autoOutput).RootElement;
        Assert.Equal(41, auto.GetProperty("train_rows").GetInt32() + auto.GetProperty("test_rows").GetInt32());
        Assert.True(exitCode == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["0", "1"], json.GetProperty("classes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(40, json.GetProperty("train_rows").GetInt32() + json.GetProperty("test_rows").GetInt32());
    }

    [Theory]
    [InlineData("--save", "missing-folder/model.json", "the folder")]
    [InlineData("--dump-weights", "missing-folder/weights.json", "the folder")]
    [InlineData("--save", "", "is a folder; give a file name.")]
    [InlineData("--plots", "plots.txt", "is a file; give a folder.")]
    public void UnwritableOutput_FailsBeforeTraining(string option, string relativePath, string message)
    {
        folder.WriteText("plots.txt", "not a folder");
        var path = Path.Combine(folder.Path, relativePath);

        // 100,000 epochs would take minutes: a quick failure shows the check ran before training.
        var (exitCode, output, error) = Cli.Run(
            "train", "--max-iter", "100000", "--tol", "0", "--quiet", option, path);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith($"mlp: error: {option} '{path}'", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(["plots.txt"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void RegressionTargetNotANumber_NamesTheFileRow()
    {
        var rows = Enumerable.Range(1, 9).Select(i => i == 5 ? "5,bad" : FormattableString.Invariant($"{i},{i}"));
        var path = folder.WriteText("bad-target.csv", "x,y\n" + string.Join("\n", rows));

        var (exitCode, _, error) = Cli.Run("train", "--data", path, "--task", "regression", "--quiet");

        // Row 5 of the file, whichever side of the split it falls on.
        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.StartsWith($"mlp: error: {path}, data row 5: target \"y\" is \"bad\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void OneClassInFile_SuggestsRegression()
    {
        var path = folder.WriteText("one-class.csv", "x,y\n1,0\n2,0\n3,0\n");

        var (exitCode, _, error) = Cli.Run("train", "--data", path, "--quiet");

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.StartsWith($"mlp: error: --data {path}: every row has class '0'", error, StringComparison.Ordinal);
        Assert.Contains("--task regression", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ShowsDefaultsOfSwitchesAndHeader()
    {
        var (exitCode, output, _) = Cli.Run("train", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("--header <auto|present|absent>", output, StringComparison.Ordinal);
        Assert.Contains("Default: auto.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("[default: Auto]", output, StringComparison.Ordinal);
        Assert.Contains(
            "Shuffle the rows before every epoch: true or false. Default: true.",
            output,
            StringComparison.Ordinal);
        Assert.Contains(
            "Use Nesterov's momentum with SGD: true or false. Default: true.",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ContinuousTarget_SuggestsRegression()
    {
        var path = folder.WriteText("continuous.csv", "x,y\n1,0.5\n2,1\n3,1.5\n4,2\n5,2.5\n");

        var (exitCode, _, error) = Cli.Run("train", "--data", path, "--quiet");

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Equal(
            $"mlp: error: --data {path}: the target column \"y\" holds numbers that are not all whole, so " +
            "they cannot be class labels. Use --task regression to predict numbers.\n",
            error);
    }

    [Theory]
    [InlineData("--save")]
    [InlineData("--dump-weights")]
    public void OutputOverTheData_IsRejected(string option)
    {
        var path = folder.WriteText("data.csv", "x,y\n1,0\n2,1\n3,0\n4,1\n5,0\n");

        var (exitCode, _, error) = Cli.Run("train", "--data", path, "--max-iter", "1", "--quiet", option, path);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.StartsWith(
            $"mlp: error: {option} '{path}' is the same file as --data '{path}'",
            error,
            StringComparison.Ordinal);
        Assert.Equal("x,y\n1,0\n2,1\n3,0\n4,1\n5,0\n", File.ReadAllText(path));
    }

    [Fact]
    public void SaveOverDumpWeights_IsRejected()
    {
        var path = Path.Combine(folder.Path, "out.json");

        var (exitCode, _, error) = Cli.Run([.. SmallDigitsRun, "--save", path, "--dump-weights", path]);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.StartsWith(
            $"mlp: error: --save '{path}' is the same file as --dump-weights '{path}'",
            error,
            StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void OneClassAfterSplit_NamesTheSplit()
    {
        // Split seed 1 of five rows puts the only row of class 1 in the test set; scikit-learn's
        // train_test_split(range(5), test_size=0.2, random_state=1) gives test row [2].
        var path = folder.WriteText("rare-class.csv", "x,y\n1,0\n2,0\n3,1\n4,0\n5,0\n");

        var (exitCode, _, error) = Cli.Run("train", "--data", path, "--split-seed", "1", "--quiet");

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.StartsWith(
            $"mlp: error: The 4 training rows of {path} after the split all have class '0'",
            error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void BatchLargerThanRows_Warns()
    {
        var (exitCode, _, error) = Cli.Run([.. SmallDigitsRun, "--batch-size", "5000"]);

        Assert.Equal(0, exitCode);
        Assert.Contains(
            "mlp: warning: --batch-size 5000 is larger than the 1437 rows fitted, so each batch holds all 1437.",
            error,
            StringComparison.Ordinal);
    }

    private static MlpClassifier FitLibrary(TrainingOptions options)
    {
        var digits = EmbeddedDatasets.Digits();
        var (train, _) = TrainTestSplit.Split(digits.RowCount, 0.2, 42);
        var classifier = new MlpClassifier(options);
        classifier.Fit(digits.SelectRows(train));
        return classifier;
    }
}
