using System.IO.Compression;

namespace Mlp.Data;

/// <summary>
/// Decompresses a gzip file and names the file when its data turns out to be damaged, which
/// <see cref="GZipStream"/> alone reports without a file name.
/// </summary>
internal sealed class GzipFileStream(Stream file, string path) : Stream
{
    private readonly GZipStream gzip = new(file, CompressionMode.Decompress);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        try
        {
            return gzip.Read(buffer);
        }
        catch (InvalidDataException exception)
        {
            throw new InvalidDataException(
                $"{path}: the gzip data is damaged ({exception.Message.TrimEnd('.')}). " +
                "Download or compress the file again.",
                exception);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            gzip.Dispose();
        }

        base.Dispose(disposing);
    }
}
