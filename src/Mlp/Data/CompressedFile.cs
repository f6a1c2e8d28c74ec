namespace Mlp.Data;

/// <summary>Opens files that may be gzip-compressed, whatever their name.</summary>
internal static class CompressedFile
{
    /// <summary>
    /// Opens <paramref name="path"/> for reading and decompresses it when it starts with the gzip
    /// signature 0x1F 0x8B. Disposing the returned stream closes the file.
    /// </summary>
    /// <exception cref="FileNotFoundException">
    /// No file exists at <paramref name="path"/>.
    /// </exception>
    public static Stream OpenRead(string path, string fileKind)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"{fileKind} not found: \"{path}\". Check the path and the working directory.",
                path);
        }

        var file = File.OpenRead(path);
        try
        {
            Span<byte> signature = stackalloc byte[2];
            var length = file.ReadAtLeast(signature, signature.Length, throwOnEndOfStream: false);
            file.Position = 0;
            var isGzip = length == 2 && signature[0] == 0x1F && signature[1] == 0x8B;
            return isGzip ? new GzipFileStream(file, path) : file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }
}
