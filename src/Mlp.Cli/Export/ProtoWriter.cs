using System.Buffers.Binary;
using Google.Protobuf;

namespace Mlp.Cli.Export;

/// <summary>
/// Builds one protocol-buffers message field by field with Google.Protobuf's
/// <see cref="CodedOutputStream"/>, for writing ONNX files without generated classes.
/// </summary>
internal sealed class ProtoWriter
{
    private readonly List<byte[]> fields = [];

    /// <summary>Writes an int32, int64 or enum field as a varint.</summary>
    public ProtoWriter Integer(int field, long value) => Add(output =>
    {
        output.WriteTag(field, WireFormat.WireType.Varint);
        output.WriteInt64(value);
    });

    /// <summary>Writes a string field as UTF-8.</summary>
    public ProtoWriter Text(int field, string value) => Add(output =>
    {
        output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        output.WriteString(value);
    });

    /// <summary>Writes a bytes field.</summary>
    public ProtoWriter Bytes(int field, byte[] value) => Add(output =>
    {
        output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(ByteString.CopyFrom(value));
    });

    /// <summary>Writes an embedded message field.</summary>
    public ProtoWriter Message(int field, ProtoWriter message) => Bytes(field, message.ToArray());

    /// <summary>Writes floats as the little-endian IEEE 754 bytes of a bytes field, as ONNX's raw_data.</summary>
    public ProtoWriter FloatBytes(int field, ReadOnlySpan<float> values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        }

        return Bytes(field, bytes);
    }

    /// <summary>Returns the bytes of the message: its fields in the order written.</summary>
    public byte[] ToArray() => [.. fields.SelectMany(field => field)];

    private ProtoWriter Add(Action<CodedOutputStream> write)
    {
        using var stream = new MemoryStream();
        using (var output = new CodedOutputStream(stream, leaveOpen: true))
        {
            write(output);
        }

        fields.Add(stream.ToArray());
        return this;
    }
}
