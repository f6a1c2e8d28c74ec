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
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw new IOException(
                $"{option} '{path}': the folder '{directory}' does not exist; create it or choose another path.");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new IOException($"{option} '{path}': cannot write the file: {exception.Message}", exception);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The write already failed; the original error is the one to report.
        }
    }
}
