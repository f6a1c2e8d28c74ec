using System.Buffers.Binary;
using System.Globalization;

namespace Mlp.Data;

/// <summary>Reads images and labels in the IDX format of MNIST and Fashion-MNIST.</summary>
/// <remarks>
/// <para>
/// An IDX file starts with a big-endian magic number: two zero bytes, a data type code and the
/// number of dimensions. The size of each dimension follows as a big-endian 32-bit integer, and
/// then the values, row-major. Images are magic 0x00000803 (unsigned bytes, 3 dimensions
/// [n, rows, columns]); labels are magic 0x00000801 (unsigned bytes, 1 dimension [n]). Other
/// data types are rejected.
/// </para>
/// <para>
/// Files that start with the gzip signature 0x1F 0x8B are decompressed, whatever their name.
/// </para>
/// </remarks>
public static class IdxReader
{
    private const int ImagesMagic = 0x00000803;
    private const int LabelsMagic = 0x00000801;

    // Pixels are copied through a buffer of this many bytes, so no per-pixel allocation occurs.
    private const int ChunkLength = 1 << 16;

    // value / 255 for every byte value, computed once so the per-pixel work is a table lookup
    // with the same rounding as the division.
    private static readonly double[] s_scaledPixels = CreateScaledPixels();

    // Label text for every byte value, so 60000 labels share 10 strings.
    private static readonly string[] s_labelTexts = CreateLabelTexts();

    /// <summary>Reads an images file and its labels file into one data set.</summary>
    /// <remarks>
    /// Pixel values are scaled from 0..255 to [0, 1] as value / 255. Features are named
    /// pixel_R_C for row R and column C, and the target, named label, is the label's decimal
    /// text. The data set is named after <paramref name="imagesPath"/>.
    /// </remarks>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    /// <exception cref="InvalidDataException">
    /// A file is truncated or longer than its header specifies, has the wrong magic number or
    /// an unsupported data type, or the two files contain different numbers of items. The message
    /// names the file.
    /// </exception>
    public static Dataset ReadImagesAndLabels(string imagesPath, string labelsPath)
    {
        ArgumentNullException.ThrowIfNull(imagesPath);
        ArgumentNullException.ThrowIfNull(labelsPath);

        // Labels first, so that a count mismatch is reported before the large pixel array
        // is allocated.
        var labels = ReadLabels(labelsPath);

        using var images = CompressedFile.OpenRead(imagesPath, "IDX images file");
        var shape = ReadHeader(images, imagesPath, ImagesMagic, "unsigned-byte images");
        var (count, rows, columns) = (shape[0], shape[1], shape[2]);
        if (count != labels.Length)
        {
            throw new InvalidDataException(
                $"The images file \"{imagesPath}\" contains {count} images, but the labels " +
                $"file \"{labelsPath}\" contains {labels.Length} labels. Pass the labels file " +
                "that belongs to these images.");
        }

        var pixelsPerImage = (long)rows * columns;
        if (pixelsPerImage == 0 || pixelsPerImage * Math.Max(count, 1) > Array.MaxLength)
        {
            throw new InvalidDataException(
                $"{imagesPath}: {count} images of {rows}x{columns} pixels cannot be read: " +
                $"images need at least one pixel, and all pixels must fit in one array of at " +
                $"most {Array.MaxLength} values. The header may be damaged, or read fewer " +
                "images.");
        }

        var features = ReadPixels(images, imagesPath, count * (int)pixelsPerImage);
        var targets = labels.Select(label => s_labelTexts[label]).ToArray();
        var featureNames = ImageFeatureNames.Create(rows, columns);
        return new Dataset(imagesPath, features, featureNames, targets, "label");
    }

    private static byte[] ReadLabels(string path)
    {
        using var stream = CompressedFile.OpenRead(path, "IDX labels file");
        var count = ReadHeader(stream, path, LabelsMagic, "unsigned-byte labels")[0];
        var headerLength = HeaderLength(1);
        RejectShortFile(stream, path, headerLength, count);
        var labels = new byte[count];
        var found = stream.ReadAtLeast(labels, labels.Length, throwOnEndOfStream: false);
        if (found < labels.Length)
        {
            throw Truncated(path, headerLength + (long)count, headerLength + (long)found);
        }

        RejectTrailingBytes(stream, path, headerLength + (long)count);
        return labels;
    }

    /// <summary>
    /// Reads and checks the magic number and the dimension sizes that follow it.
    /// </summary>
    private static int[] ReadHeader(Stream stream, string path, int magic, string content)
    {
        var dimensions = magic & 0xFF;
        Span<byte> header = stackalloc byte[HeaderLength(dimensions)];
        var found = stream.ReadAtLeast(header[..4], 4, throwOnEndOfStream: false);
        if (found < 4)
        {
            throw Truncated(path, header.Length, found);
        }

        CheckMagic(path, BinaryPrimitives.ReadInt32BigEndian(header), magic, content);
        found += stream.ReadAtLeast(header[4..], header.Length - 4, throwOnEndOfStream: false);
        if (found < header.Length)
        {
            throw Truncated(path, header.Length, found);
        }

        var shape = new int[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            var size = BinaryPrimitives.ReadUInt32BigEndian(header[(4 + (4 * i))..]);
            shape[i] = size <= int.MaxValue
                ? (int)size
                : throw new InvalidDataException(
                    $"{path}: dimension {i} of the IDX header has size {size}, which is more " +
                    "than this reader supports (2147483647). The header is probably damaged.");
        }

        return shape;
    }

    private static void CheckMagic(string path, int found, int expected, string content)
    {
        if (found == expected)
        {
            return;
        }

        var dataType = (found >> 8) & 0xFF;
        if ((found >> 16) == 0 && (found & 0xFF) == (expected & 0xFF)
            && DataTypeName(dataType) is { } typeName)
        {
            throw new InvalidDataException(
                $"{path}: unsupported IDX data type 0x{dataType:X2} ({typeName}) in magic " +
                $"number 0x{found:X8}. Expected {content}, magic number 0x{expected:X8}. " +
                "Convert the values to unsigned bytes (0..255).");
        }

        var swapped = found == (expected == ImagesMagic ? LabelsMagic : ImagesMagic)
            ? " It looks like the other file of the pair, so check that the images and labels " +
              "paths are not swapped."
            : " Check that the file is an IDX file such as train-images-idx3-ubyte.gz.";
        throw new InvalidDataException(
            $"{path}: wrong magic number 0x{found:X8}, expected 0x{expected:X8} for an IDX " +
            $"file of {content}.{swapped}");
    }

    private static string? DataTypeName(int dataType) => dataType switch
    {
        0x09 => "signed byte",
        0x0B => "16-bit integer",
        0x0C => "32-bit integer",
        0x0D => "32-bit float",
        0x0E => "64-bit float",
        _ => null,
    };

    /// <summary>Reads <paramref name="total"/> pixel bytes and scales each to [0, 1].</summary>
    private static double[] ReadPixels(Stream stream, string path, int total)
    {
        var headerLength = HeaderLength(3);
        RejectShortFile(stream, path, headerLength, total);
        var pixels = new double[total];
        var buffer = new byte[Math.Min(ChunkLength, Math.Max(1, pixels.Length))];
        var done = 0;
        while (done < pixels.Length)
        {
            var read = stream.Read(buffer, 0, Math.Min(buffer.Length, pixels.Length - done));
            if (read == 0)
            {
                throw Truncated(path, headerLength + (long)total, headerLength + (long)done);
            }

            var target = pixels.AsSpan(done, read);
            for (var i = 0; i < read; i++)
            {
                target[i] = s_scaledPixels[buffer[i]];
            }

            done += read;
        }

        RejectTrailingBytes(stream, path, headerLength + (long)total);
        return pixels;
    }

    /// <summary>
    /// Rejects a plain file too short for its data before the data array is allocated, which a
    /// damaged header could make huge. Compressed files are checked while they are read.
    /// </summary>
    private static void RejectShortFile(Stream stream, string path, int headerLength, long length)
    {
        if (stream.CanSeek && stream.Length - headerLength < length)
        {
            throw Truncated(path, headerLength + length, stream.Length);
        }
    }

    private static void RejectTrailingBytes(Stream stream, string path, long expected)
    {
        if (stream.ReadByte() >= 0)
        {
            throw new InvalidDataException(
                $"{path}: the file is longer than its IDX header specifies: expected {expected} " +
                "bytes, found more. The header or the file is damaged, so download it again.");
        }
    }

    private static InvalidDataException Truncated(string path, long expected, long found) =>
        new($"{path}: the file is truncated: expected {expected} bytes, found {found}. " +
            "Download the file again.");

    private static int HeaderLength(int dimensions) => 4 + (4 * dimensions);

    private static double[] CreateScaledPixels()
    {
        var scaled = new double[256];
        for (var value = 0; value < scaled.Length; value++)
        {
            scaled[value] = value / 255.0;
        }

        return scaled;
    }

    private static string[] CreateLabelTexts()
    {
        var texts = new string[256];
        for (var value = 0; value < texts.Length; value++)
        {
            texts[value] = value.ToString(CultureInfo.InvariantCulture);
        }

        return texts;
    }
}
