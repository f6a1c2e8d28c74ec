namespace Mlp.IO;

/// <summary>Writes files so that readers see either the old content or the whole new content.</summary>
/// <remarks>
/// The content goes to a temporary file in the same folder, which is flushed to disk and then
/// renamed over the target. A rename within one file system replaces the file in one step. If
/// writing fails, the temporary file is deleted and the target is left as it was.
/// </remarks>
public static class AtomicFile
{
    /// <summary>Writes the bytes that <paramref name="write"/> produces to <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The folder does not exist or the file cannot be written.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath)!;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Cannot write '{path}': the folder '{folder}' does not exist.");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new IOException($"Cannot write '{path}': {Reason(exception, temporary)}.", exception);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Returns why writing failed without the temporary file's name, which .NET puts in its
    /// messages (as in "Read-only file system : '/folder/.name.tmp'") but the caller never chose.
    /// </summary>
    private static string Reason(Exception exception, string temporary)
    {
        if (exception is UnauthorizedAccessException)
        {
            return "permission denied";
        }

        if (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return "the folder does not accept new files";
        }

        var message = exception.Message
            .Replace($" : '{temporary}'", string.Empty, StringComparison.Ordinal)
            .Replace($"'{temporary}'", "a temporary file", StringComparison.Ordinal);
        return message.TrimEnd('.', ' ');
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The write already failed; its error is the one to report.
        }
    }

    /// <summary>Writes <paramref name="content"/> as UTF-8 to <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The folder does not exist or the file cannot be written.</exception>
    public static void WriteAllText(string path, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, leaveOpen: true);
            writer.Write(content);
        });
    }
}
