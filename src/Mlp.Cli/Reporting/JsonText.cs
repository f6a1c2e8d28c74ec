using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Mlp.Cli.Reporting;

/// <summary>Writes JSON built with a <see cref="Utf8JsonWriter"/> to a text writer.</summary>
internal static class JsonText
{
    /// <summary>Writes the indented JSON that <paramref name="write"/> produces, then a newline.</summary>
    public static void WriteTo(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            write(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
