using Mlp.IO;

namespace Mlp.Tests.IO;

/// <summary>Atomic writes: the target has the old content or the whole new one, never a part.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void WriteAllText_ReplacesExistingFile()
    {
        var path = folder.WriteText("out.txt", "old");

        AtomicFile.WriteAllText(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["out.txt"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_FailingWriter_KeepsOldFile()
    {
        var path = folder.WriteText("out.txt", "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.WriteByte((byte)'n');
            throw new InvalidOperationException("writer failed");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["out.txt"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_MissingFolder_NamesTheFolder()
    {
        var path = Path.Combine(folder.Path, "missing", "out.txt");

        var exception = Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.WriteAllText(path, "x"));

        Assert.Equal(
            $"Cannot write '{path}': the folder '{Path.Combine(folder.Path, "missing")}' does not exist.",
            exception.Message);
    }

    [Fact]
    public void Write_ReadOnlyFolder_NamesTarget()
    {
        // Linux's /proc exists but refuses new files, the case where .NET's message names the
        // temporary file. Other systems have no such folder to test with.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var exception = Assert.Throws<IOException>(() => AtomicFile.WriteAllText("/proc/mlp-out.txt", "x"));

        Assert.Equal("Cannot write '/proc/mlp-out.txt': the folder does not accept new files.", exception.Message);
    }
}
