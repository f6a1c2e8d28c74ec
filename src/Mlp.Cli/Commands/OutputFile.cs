using Mlp.IO;

namespace Mlp.Cli.Commands;

/// <summary>Writes command output to a file atomically: a temporary file, then a rename.</summary>
internal static class OutputFile
{
    /// <summary>
    /// Writes <paramref name="text"/> to a temporary file beside <paramref name="path"/> and
    /// renames it over the path, so a reader never sees a half-written file.
    /// </summary>
    /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
    public static void WriteAtomically(string option, string path, string text)
    {
        CheckWritable(option, path);
        try
        {
            AtomicFile.WriteAllText(path, text);
        }
        catch (IOException exception)
        {
            throw new IOException($"{option}: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// Checks, before any long work, that a file can be written at <paramref name="path"/>: its
    /// folder exists, the path is not a folder, and a file can be created there.
    /// </summary>
    /// <exception cref="IOException">The file could not be written; the message names the option.</exception>
    public static void CheckWritable(string option, string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"{option} '{path}' is a folder; give a file name.");
        }

        CheckFolder(option, path, Path.GetDirectoryName(full) ?? ".");
    }

    /// <summary>
    /// Checks that files can be written in <paramref name="folder"/>, which may not exist yet
    /// while its parent does.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be used; the message names the option.</exception>
    public static void CheckFolderWritable(string option, string folder)
    {
        var full = Path.GetFullPath(folder);
        if (File.Exists(full))
        {
            throw new IOException($"{option} '{folder}' is a file; give a folder.");
        }

        CheckFolder(option, folder, Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? ".");
    }

    private static void CheckFolder(string option, string path, string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new IOException(
                $"{option} '{path}': the folder '{folder}' does not exist; create it or choose another path.");
        }

        var probe = Path.Combine(folder, $".mlp-write-check.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new IOException(
                $"{option} '{path}': cannot write in '{folder}' (read-only or no permission).",
                exception);
        }
    }
}
