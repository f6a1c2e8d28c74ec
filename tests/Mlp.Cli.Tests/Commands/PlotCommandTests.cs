namespace Mlp.Cli.Tests.Commands;

/// <summary>
/// Plots from mlp train --plots, mlp plot and mlp data show --png: every file is a valid PNG or
/// SVG of the size the plot requests. The pictures themselves are checked by eye, not by pixels.
/// </summary>
public sealed class PlotCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void TrainPlots_WritesPngAndSvg()
    {
        var plots = Path.Combine(folder.Path, "plots");

        var (exitCode, output, error) = Cli.Run(
            [.. ModelFiles.SmallDigits, "--early-stopping", "--plots", plots]);

        Assert.True(exitCode == 0, error);
        Assert.Contains($"Drew 8 files in {plots}", output, StringComparison.Ordinal);

        // 10 classes: 120 + 60 per class = 720 pixels, plus 100 for the colour bar.
        AssertImage(plots, "loss", 800, 500);
        AssertImage(plots, "confusion-matrix", 820, 720);

        // 16 units in rows of 10 images of 96 pixels, a 60-pixel title, 118 pixels per row, and a
        // 120-pixel colour bar.
        AssertImage(plots, "hidden-weights", 1080, 296);
        var (width, height) = ImageFile.PngSize(Path.Combine(plots, "misclassified.png"));
        Assert.Equal(960, width);
        Assert.Equal(0, (height - 60) % 118);
    }

    [Fact]
    public void Plot_WithoutData_DrawsLossAndWeights()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));
        var plots = Path.Combine(folder.Path, "replot");

        var (exitCode, output, error) = Cli.Run("plot", "--model", model, "--out", plots);

        Assert.True(exitCode == 0, error);
        Assert.Equal(
            $"Drew 4 files in {plots}: loss.png, loss.svg, hidden-weights.png, hidden-weights.svg.\n",
            output.ReplaceLineEndings("\n"));
        AssertImage(plots, "loss", 800, 500);
    }

    [Fact]
    public void Plot_WithData_DrawsConfusionMatrix()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));
        var plots = Path.Combine(folder.Path, "replot");

        var (exitCode, _, error) = Cli.Run("plot", "--model", model, "--data", "digits", "--out", plots);

        Assert.True(exitCode == 0, error);
        AssertImage(plots, "confusion-matrix", 820, 720);
        Assert.True(File.Exists(Path.Combine(plots, "misclassified.svg")));
    }

    [Fact]
    public void Plot_FourMeasurements_DrawsNoImages()
    {
        var lines = Enumerable.Range(0, 40).Select(i =>
            FormattableString.Invariant($"{i % 5},{i % 3},{i / 10.0},{i % 7},{(i % 2 == 0 ? "even" : "odd")}"));
        var data = folder.WriteText("four.csv", "a,b,c,d,parity\n" + string.Join("\n", lines) + "\n");
        var model = Path.Combine(folder.Path, "four.json");
        var (trainExit, _, trainError) = Cli.Run(
            "train", "--data", data, "--hidden-layer-sizes", "4", "--max-iter", "5", "--random-state", "0",
            "--quiet", "--save", model);
        Assert.True(trainExit == 0, trainError);
        var plots = Path.Combine(folder.Path, "four");

        var (exitCode, output, error) = Cli.Run("plot", "--model", model, "--data", data, "--out", plots);

        Assert.True(exitCode == 0, error);
        Assert.Contains(
            "loss.png, loss.svg, confusion-matrix.png, confusion-matrix.svg.",
            output,
            StringComparison.Ordinal);
        Assert.Equal(4, Directory.GetFiles(plots).Length);
    }

    [Fact]
    public void Out_ExistingFile_NamesOption()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));
        var file = folder.WriteText("notes.csv", "a,b\n1,2\n");

        var (exitCode, _, error) = Cli.Run("plot", "--model", model, "--out", file);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Equal($"mlp: error: --out '{file}' is a file; give a folder.\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Out_InsideAFile_NamesOption()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));
        var file = folder.WriteText("notes.csv", "a,b\n1,2\n");
        var plots = Path.Combine(file, "plots");

        var (exitCode, output, error) = Cli.Run("plot", "--model", model, "--out", plots);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith(
            $"mlp: error: --out '{plots}': the folder '{file}' does not exist",
            error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Out_IsModel_IsRejected()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));

        var (exitCode, _, error) = Cli.Run("plot", "--model", model, "--out", model);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.StartsWith(
            $"mlp: error: --out '{model}' is the same file as --model '{model}'",
            error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Out_HoldsInputNamedLikePlot_LeavesInput()
    {
        var plots = Path.Combine(folder.Path, "plots");
        Directory.CreateDirectory(plots);
        var model = ModelFiles.Train(Path.Combine(plots, "loss.svg"));
        var before = File.ReadAllBytes(model);

        var (exitCode, _, error) = Cli.Run("plot", "--model", model, "--out", plots);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Equal(
            $"mlp: error: --out '{plots}' would overwrite --model '{model}' with the plot loss.svg. " +
            "Give --out another folder.\n",
            error.ReplaceLineEndings("\n"));
        Assert.Equal(before, File.ReadAllBytes(model));
    }

    [Fact]
    public void OverflowingRow_FailsNamingRowAndModel()
    {
        var model = ModelFiles.TrainOverflowing(
            folder,
            Path.Combine(folder.Path, "huge.json"),
            classify: true);
        var rows = folder.WriteText("rows.csv", "a,b,y\n0,0,p\n0.5,0.25,q\n3,4,r\n");

        var (exitCode, _, error) = Cli.Run(
            "plot", "--model", model, "--data", rows, "--out", Path.Combine(folder.Path, "plots"));

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.StartsWith(
            $"mlp: error: {rows}, data row 3: output 0 of the network in {model} is NaN",
            error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void DataShowPng_DrawsGridOfDigits()
    {
        var path = Path.Combine(folder.Path, "digits.png");

        var (exitCode, output, error) = Cli.Run("data", "show", "digits", "--count", "25", "--png", path);

        Assert.True(exitCode == 0, error);
        Assert.Equal($"Wrote 25 images to {path}.\n", output.ReplaceLineEndings("\n"));

        // Three rows of ten 96-pixel images under a 60-pixel title.
        Assert.Equal((960, 60 + (3 * 118)), ImageFile.PngSize(path));
    }

    private static void AssertImage(string folder, string name, int width, int height)
    {
        Assert.Equal((width, height), ImageFile.PngSize(Path.Combine(folder, $"{name}.png")));
        Assert.Equal((width, height), ImageFile.SvgSize(Path.Combine(folder, $"{name}.svg")));
    }
}
