namespace Mlp.Cli.Tests;

/// <summary>A new folder under the system temp path, deleted with its files on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        var name = $"mlp-cli-tests-{Guid.NewGuid():N}";
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), name);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a text file in the folder and returns its path.</summary>
    public string WriteText(string fileName, string text)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
