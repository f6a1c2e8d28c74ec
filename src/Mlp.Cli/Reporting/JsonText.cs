using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mlp.Cli.Reporting;

/// <summary>Writes JSON built with a <see cref="Utf8JsonWriter"/> to a text writer.</summary>
internal static class JsonText
{
    /// <summary>
    /// Options of every JSON file and JSON output of the command line. The output is indented,
    /// and characters such as + ' &lt; &gt; &amp; and non-ASCII letters appear as they are, not
    /// as \uXXXX, because no reader embeds these files in HTML. Quotes, backslashes and control
    /// characters are still escaped, so the output stays valid JSON.
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The same encoding for <see cref="JsonSerializer"/>, on one line.</summary>
    public static readonly JsonSerializerOptions SerializerOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the indented JSON that <paramref name="write"/> produces, then a newline.</summary>
    public static void WriteTo(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
