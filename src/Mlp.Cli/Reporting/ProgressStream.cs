namespace Mlp.Cli.Reporting;

/// <summary>A read-only stream over another that reports how many bytes have been read.</summary>
internal sealed class ProgressStream(Stream inner, Action<long> bytesRead) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException("A progress stream reads forward only.");
    }

    public override int Read(byte[] buffer, int offset, int count) => Report(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Report(inner.Read(buffer));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) =>
        throw new NotSupportedException("A progress stream reads forward only.");

    public override void SetLength(long value) =>
        throw new NotSupportedException("A progress stream is read-only.");

    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("A progress stream is read-only.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Report(int count)
    {
        bytesRead(inner.Position);
        return count;
    }
}
