using System.Runtime.CompilerServices;

namespace Mlp.Cli.Tests;

/// <summary>Compares command output with a reviewed file under Snapshots/.</summary>
public static class Snapshot
{
    // Set to 1 to rewrite the snapshot files in the source tree from the current output.
    private const string UpdateVariable = "MLP_UPDATE_SNAPSHOTS";

    /// <summary>
    /// Asserts that <paramref name="actual"/> equals the snapshot file, with line endings
    /// normalized to LF.
    /// </summary>
    public static void AssertMatches(
        string fileName,
        string actual,
        [CallerFilePath] string testFile = "")
    {
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var projectFolder = Path.GetDirectoryName(Path.GetDirectoryName(testFile))!;
            File.WriteAllText(Path.Combine(projectFolder, "Snapshots", fileName), actual);
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "Snapshots", fileName);
        Assert.True(
            File.Exists(path),
            $"Snapshot {fileName} is missing. Run the tests with {UpdateVariable}=1 to " +
            "create it, then review the file.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
