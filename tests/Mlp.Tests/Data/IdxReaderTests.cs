using System.Buffers.Binary;
using System.IO.Compression;
using Mlp.Data;

namespace Mlp.Tests.Data;

// The tests write their own IDX files: a big-endian magic number (0x00000803 for images,
// 0x00000801 for labels), one big-endian 32-bit size per dimension, then the bytes. Expected
// pixel values are byte / 255, computed here from the bytes written.
public sealed class IdxReaderTests : IDisposable
{
    private const int ImagesMagic = 0x00000803;
    private const int LabelsMagic = 0x00000801;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_PlainFiles_RoundTrips()
    {
        byte[] pixels = [0, 1, 2, 3, 4, 5, 255, 254, 128, 127, 64, 32, 10, 20, 30, 40, 50, 60];
        var images = WriteIdx("images.idx", ImagesMagic, [3, 2, 3], pixels);
        var labels = WriteIdx("labels.idx", LabelsMagic, [3], [7, 0, 255]);

        var data = IdxReader.ReadImagesAndLabels(images, labels);

        Assert.Equal(images, data.Name);
        Assert.Equal(3, data.RowCount);
        Assert.Equal(
            ["pixel_0_0", "pixel_0_1", "pixel_0_2", "pixel_1_0", "pixel_1_1", "pixel_1_2"],
            data.FeatureNames);
        Assert.Equal("label", data.TargetName);
        Assert.Equal(["7", "0", "255"], data.Targets);
        Assert.Equal(pixels.Select(p => p / 255.0), data.Features);
        Assert.Equal(1.0, data.Features[6]);
        Assert.Equal(0.0, data.Features[0]);
    }

    [Fact]
    public void Read_GzipFiles_AreDetectedBySignature()
    {
        byte[] pixels = [9, 8, 7, 6, 5, 4, 3, 2];
        var images = WriteIdx("images-no-extension", ImagesMagic, [2, 2, 2], pixels, gzip: true);
        var labels = WriteIdx("labels.bin", LabelsMagic, [2], [3, 4], gzip: true);

        var data = IdxReader.ReadImagesAndLabels(images, labels);

        Assert.Equal(pixels.Select(p => p / 255.0), data.Features);
        Assert.Equal(["3", "4"], data.Targets);
    }

    [Fact]
    public void Read_PlainNamedGz_ReadsPlain()
    {
        var images = WriteIdx("images.gz", ImagesMagic, [1, 1, 2], [51, 102]);
        var labels = WriteIdx("labels.gz", LabelsMagic, [1], [1]);

        var data = IdxReader.ReadImagesAndLabels(images, labels);

        Assert.Equal([0.2, 0.4], data.Features);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(101, false)]
    [InlineData(101, true)]
    public void Read_ManyImages_ReadsEveryByte(int count, bool gzip)
    {
        // 101 images of 28x28 make 79184 bytes, more than one 65536-byte chunk.
        var pixels = new byte[count * 28 * 28];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)((i * 7) + (i / 251));
        }

        var labelBytes = Enumerable.Range(0, count).Select(i => (byte)(i % 10)).ToArray();
        var images = WriteIdx("images", ImagesMagic, [count, 28, 28], pixels, gzip);
        var labels = WriteIdx("labels", LabelsMagic, [count], labelBytes, gzip);

        var data = IdxReader.ReadImagesAndLabels(images, labels);

        Assert.Equal(count, data.RowCount);
        Assert.Equal(784, data.FeatureCount);
        Assert.Equal("pixel_27_27", data.FeatureNames[783]);
        Assert.Equal(pixels.Select(p => p / 255.0), data.Features);
        Assert.Equal(labelBytes.Select(b => $"{b}"), data.Targets);
    }

    [Fact]
    public void Read_NoImages_ReturnsEmptyDataset()
    {
        var images = WriteIdx("images", ImagesMagic, [0, 2, 2], []);
        var labels = WriteIdx("labels", LabelsMagic, [0], []);

        var data = IdxReader.ReadImagesAndLabels(images, labels);

        Assert.Equal(0, data.RowCount);
        Assert.Equal(4, data.FeatureCount);
    }

    [Fact]
    public void Read_TruncatedImagesHeader_SaysExpectedAndFound()
    {
        var full = IdxBytes(ImagesMagic, [1, 2, 2], [1, 2, 3, 4]);
        var images = _folder.WriteBytes("images", full[..10]);
        var labels = WriteIdx("labels", LabelsMagic, [1], [0]);

        var message = ReadError(images, labels);

        Assert.Equal(
            $"{images}: the file is truncated: expected 16 bytes, found 10. " +
            "Download the file again.",
            message);
    }

    [Fact]
    public void Read_TruncatedMagicNumber_SaysExpectedAndFound()
    {
        var images = WriteIdx("images", ImagesMagic, [1, 1, 1], [0]);
        var labels = _folder.WriteBytes("labels", [0, 0]);

        var message = ReadError(images, labels);

        Assert.StartsWith($"{labels}: the file is truncated: expected 8 bytes, found 2.", message);
    }

    [Fact]
    public void Read_EmptyFile_IsTruncated()
    {
        var images = WriteIdx("images", ImagesMagic, [1, 1, 1], [0]);
        var labels = _folder.WriteBytes("labels", []);

        var message = ReadError(images, labels);

        Assert.StartsWith($"{labels}: the file is truncated: expected 8 bytes, found 0.", message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_TruncatedPixels_SaysExpectedAndFound(bool gzip)
    {
        // Header 16 bytes + 2 images of 3x3 = 34 bytes expected; 16 + 10 written.
        var images = WriteIdx("images", ImagesMagic, [2, 3, 3], new byte[10], gzip);
        var labels = WriteIdx("labels", LabelsMagic, [2], [0, 1]);

        var message = ReadError(images, labels);

        Assert.StartsWith(
            $"{images}: the file is truncated: expected 34 bytes, found 26.",
            message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_TruncatedLabels_SaysExpectedAndFound(bool gzip)
    {
        // Header 8 bytes + 5 labels = 13 bytes expected; 8 + 3 written.
        var images = WriteIdx("images", ImagesMagic, [5, 1, 1], new byte[5]);
        var labels = WriteIdx("labels", LabelsMagic, [5], [1, 2, 3], gzip);

        var message = ReadError(images, labels);

        Assert.StartsWith(
            $"{labels}: the file is truncated: expected 13 bytes, found 11.",
            message);
    }

    [Fact]
    public void Read_HugeCountInShortFile_IsTruncated()
    {
        // A damaged header announces 2e9 labels; the plain file is rejected from its length.
        var images = WriteIdx("images", ImagesMagic, [1, 1, 1], [0]);
        var labels = WriteIdx("labels", LabelsMagic, [2_000_000_000], [1, 2, 3]);

        var message = ReadError(images, labels);

        Assert.StartsWith(
            $"{labels}: the file is truncated: expected 2000000008 bytes, found 11.",
            message);
    }

    [Fact]
    public void Read_TrailingBytes_AreRejected()
    {
        var images = WriteIdx("images", ImagesMagic, [1, 1, 2], [1, 2, 3]);
        var labels = WriteIdx("labels", LabelsMagic, [1], [0]);

        var message = ReadError(images, labels);

        Assert.StartsWith(
            $"{images}: the file is longer than its IDX header specifies: expected 18 bytes, " +
            "found more.",
            message);
    }

    [Fact]
    public void Read_SwappedFiles_ShowsBothMagicNumbers()
    {
        var images = WriteIdx("images", ImagesMagic, [1, 1, 1], [0]);
        var labels = WriteIdx("labels", LabelsMagic, [1], [0]);

        var message = ReadError(labels, images);

        Assert.StartsWith(
            $"{images}: wrong magic number 0x00000803, expected 0x00000801 for an IDX file of " +
            "unsigned-byte labels.",
            message);
        Assert.Contains("swapped", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongMagicNumber_ShowsBothInHex()
    {
        var images = _folder.WriteBytes("images", [0x12, 0x34, 0xAB, 0xCD, 0, 0, 0, 0]);
        var labels = WriteIdx("labels", LabelsMagic, [1], [0]);

        var message = ReadError(images, labels);

        Assert.StartsWith(
            $"{images}: wrong magic number 0x1234ABCD, expected 0x00000803 for an IDX file of " +
            "unsigned-byte images.",
            message);
    }

    [Theory]
    [InlineData(0x00000D03, "0x0D (32-bit float)")]
    [InlineData(0x00000903, "0x09 (signed byte)")]
    [InlineData(0x00000E03, "0x0E (64-bit float)")]
    public void Read_UnsupportedDataType_NamesIt(int magic, string dataType)
    {
        var images = WriteIdx("images", magic, [1, 1, 1], [0, 0, 0, 0]);
        var labels = WriteIdx("labels", LabelsMagic, [1], [0]);

        var message = ReadError(images, labels);

        Assert.StartsWith(
            $"{images}: unsupported IDX data type {dataType} in magic number 0x{magic:X8}. " +
            "Expected unsigned-byte images, magic number 0x00000803.",
            message);
    }

    [Fact]
    public void Read_CountMismatch_ShowsBothCounts()
    {
        var images = WriteIdx("images", ImagesMagic, [3, 1, 1], [1, 2, 3]);
        var labels = WriteIdx("labels", LabelsMagic, [2], [0, 1]);

        var message = ReadError(images, labels);

        Assert.StartsWith(
            $"The images file \"{images}\" contains 3 images, but the labels file " +
            $"\"{labels}\" contains 2 labels.",
            message);
    }

    [Fact]
    public void Read_ZeroPixelImages_AreRejected()
    {
        var images = WriteIdx("images", ImagesMagic, [1, 0, 28], []);
        var labels = WriteIdx("labels", LabelsMagic, [1], [0]);

        var message = ReadError(images, labels);

        Assert.StartsWith($"{images}: 1 images of 0x28 pixels cannot be read", message);
    }

    [Fact]
    public void Read_HugeDimension_IsRejected()
    {
        var header = IdxBytes(ImagesMagic, [1, 1, 1], []);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 0x80000000);
        var images = _folder.WriteBytes("images", header);
        var labels = WriteIdx("labels", LabelsMagic, [1], [0]);

        var message = ReadError(images, labels);

        Assert.StartsWith($"{images}: dimension 0 of the IDX header has size 2147483648", message);
    }

    [Fact]
    public void Read_MissingFile_NamesPath()
    {
        var images = WriteIdx("images", ImagesMagic, [1, 1, 1], [0]);
        var labels = Path.Combine(_folder.Path, "missing-labels");

        var exception = Assert.Throws<FileNotFoundException>(
            () => IdxReader.ReadImagesAndLabels(images, labels));

        Assert.Equal(labels, exception.FileName);
    }

    private static string ReadError(string images, string labels) =>
        Assert.Throws<InvalidDataException>(() => IdxReader.ReadImagesAndLabels(images, labels))
            .Message;

    private string WriteIdx(string name, int magic, int[] shape, byte[] data, bool gzip = false)
    {
        var bytes = IdxBytes(magic, shape, data);
        return _folder.WriteBytes(name, gzip ? Compress(bytes) : bytes);
    }

    private static byte[] IdxBytes(int magic, int[] shape, byte[] data)
    {
        var bytes = new byte[4 + (4 * shape.Length) + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(bytes, magic);
        for (var i = 0; i < shape.Length; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + (4 * i)), shape[i]);
        }

        data.CopyTo(bytes, 4 + (4 * shape.Length));
        return bytes;
    }

    private static byte[] Compress(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }
}
