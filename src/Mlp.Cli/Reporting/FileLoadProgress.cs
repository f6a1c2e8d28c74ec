using System.IO.Compression;
using Mlp.Data;
using Spectre.Console;

namespace Mlp.Cli.Reporting;

/// <summary>Reads a large CSV file with a progress bar over its bytes on a terminal.</summary>
internal static class FileLoadProgress
{
    // Smaller files load in well under a second, so a bar would only flicker.
    private const long MinBytes = 4L << 20;

    /// <summary>
    /// Reads the CSV file, drawing a progress bar on <paramref name="progress"/> when that is a
    /// terminal and the file is at least 4 MiB; otherwise reads it as <see cref="CsvDatasetReader"/> does.
    /// </summary>
    public static Dataset ReadCsv(string path, CsvReadOptions options, TextWriter? progress)
    {
        var length = new FileInfo(path).Length;
        if (progress is null || !Consoles.IsTerminal(progress) || length < MinBytes)
        {
            return CsvDatasetReader.Read(path, options);
        }

        return Consoles.For(progress)
            .Progress()
            .AutoClear(true)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape($"loading {Path.GetFileName(path)}"), maxValue: length);
                Stream stream = new ProgressStream(File.OpenRead(path), bytes => task.Value = bytes);
                if (IsGzip(path))
                {
                    stream = new GZipStream(stream, CompressionMode.Decompress);
                }

                using var reader = new StreamReader(stream);
                return CsvDatasetReader.Read(reader, path, options);
            });
    }

    /// <summary>
    /// Whether the file starts with the gzip signature 0x1F 0x8B, which the library's reader
    /// decompresses.
    /// </summary>
    private static bool IsGzip(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> signature = stackalloc byte[2];
        var read = file.ReadAtLeast(signature, 2, throwOnEndOfStream: false);
        return read == 2 && signature[0] == 0x1F && signature[1] == 0x8B;
    }
}
