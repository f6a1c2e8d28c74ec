using System.Globalization;
using System.Text;
using System.Text.Json;
using Mlp.Checking;

namespace Mlp.Exercises;

/// <summary>
/// Reads typed values out of a parsed JSON file, reporting every problem as an
/// <see cref="InvalidDataException"/> that names the file and the JSON path of the bad value.
/// </summary>
internal sealed class JsonFile(string source)
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Name of the file, used in messages.</summary>
    public string Source { get; } = source;

    /// <summary>
    /// Parses JSON text, turning a syntax error into a message with its line and column, and
    /// rejecting an empty text and an object that has the same field twice.
    /// </summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">File name to use in messages.</param>
    /// <param name="expected">What the file should contain, for the message about an empty file.</param>
    /// <exception cref="InvalidDataException">
    /// The text is empty, white space or comments, is not valid JSON, or has a duplicate field.
    /// </exception>
    public static JsonDocument ParseDocument(string json, string source, string expected)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new InvalidDataException($"{source}: the file is empty; write {expected}.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException exception) when (!HasToken(json))
        {
            throw new InvalidDataException(
                $"{source}: the file contains only comments; write {expected}.",
                exception);
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var column = (exception.BytePositionInLine ?? 0) + 1;
            var reason = exception.Message.Split(" LineNumber:")[0].Split(" Path:")[0].TrimEnd();
            throw new InvalidDataException(
                $"{source}: line {line}, column {column}: invalid JSON: {reason} Fix the syntax and retry.",
                exception);
        }

        try
        {
            RejectDuplicateFields(new JsonFile(source), document.RootElement, "$");
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>Returns an exception for the value at <paramref name="jsonPath"/>.</summary>
    public InvalidDataException Error(string jsonPath, string message) =>
        new($"{Source}: {jsonPath}: {message}");

    /// <summary>Returns an exception for a field the format does not have.</summary>
    public InvalidDataException UnknownField(string jsonPath, IEnumerable<string> expected) =>
        Error(jsonPath, $"unknown field; expected one of {string.Join(", ", expected)}.");

    /// <summary>Throws unless the element is of the given kind.</summary>
    /// <exception cref="InvalidDataException">The element is of another kind.</exception>
    public void RequireKind(JsonElement element, string jsonPath, JsonValueKind kind, string expected)
    {
        if (element.ValueKind != kind)
        {
            throw Error(jsonPath, $"expected {expected}, got {Describe(element)}.");
        }
    }

    /// <summary>
    /// Returns false for null, true for an element of the given kind, and throws for anything else.
    /// </summary>
    /// <exception cref="InvalidDataException">The element is neither null nor of the kind.</exception>
    public bool IsGiven(
        JsonElement element,
        string jsonPath,
        string expected,
        JsonValueKind kind = JsonValueKind.Array)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        RequireKind(element, jsonPath, kind, expected);
        return true;
    }

    /// <summary>Reads a number with its text, or null for a JSON null.</summary>
    /// <exception cref="InvalidDataException">The element is not a number.</exception>
    public GivenNumber? ReadNumber(JsonElement element, string jsonPath)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        RequireKind(element, jsonPath, JsonValueKind.Number, "a number");
        var number = GivenNumber.Parse(element.GetRawText());
        if (!double.IsFinite(number.Value))
        {
            throw Error(jsonPath, $"the number {number.Text} is out of range.");
        }

        return number;
    }

    /// <summary>Reads a list of numbers, each possibly null.</summary>
    /// <exception cref="InvalidDataException">An element is not a number or null.</exception>
    public GivenNumber?[] ReadNumbers(JsonElement array, string jsonPath)
    {
        RequireKind(array, jsonPath, JsonValueKind.Array, "a list of numbers");
        var index = 0;
        return [.. array.EnumerateArray().Select(item => ReadNumber(item, $"{jsonPath}[{index++}]"))];
    }

    /// <summary>Reads a list of rows of equal length, row by row.</summary>
    /// <exception cref="InvalidDataException">
    /// Not a list of lists of numbers, no rows, or rows of different lengths.
    /// </exception>
    public (int Rows, int Columns, GivenNumber?[] Numbers) ReadMatrix(JsonElement array, string jsonPath)
    {
        RequireKind(array, jsonPath, JsonValueKind.Array, "a matrix: a list of rows of numbers");
        var rows = new List<GivenNumber?[]>();
        foreach (var row in array.EnumerateArray())
        {
            var rowPath = $"{jsonPath}[{rows.Count}]";
            RequireKind(row, rowPath, JsonValueKind.Array, "a row: a list of numbers");
            rows.Add(ReadNumbers(row, rowPath));
            if (rows[^1].Length != rows[0].Length)
            {
                throw Error(
                    rowPath,
                    $"row of {rows[^1].Length} numbers; row 0 has {rows[0].Length}. " +
                    "Every row of a matrix needs the same length.");
            }
        }

        if (rows.Count == 0 || rows[0].Length == 0)
        {
            throw Error(jsonPath, "empty matrix; write a list of rows, or null to leave it out.");
        }

        return (rows.Count, rows[0].Length, [.. rows.SelectMany(row => row)]);
    }

    /// <summary>Reads a finite number that must be present.</summary>
    /// <exception cref="InvalidDataException">The element is not a finite number.</exception>
    public double ReadDouble(JsonElement element, string jsonPath)
    {
        RequireKind(element, jsonPath, JsonValueKind.Number, "a number");
        var value = element.GetDouble();
        if (!double.IsFinite(value))
        {
            throw Error(jsonPath, $"the number {element.GetRawText()} is out of range.");
        }

        return value;
    }

    /// <summary>Reads a string that must be present.</summary>
    /// <exception cref="InvalidDataException">The element is not a string.</exception>
    public string ReadString(JsonElement element, string jsonPath)
    {
        RequireKind(element, jsonPath, JsonValueKind.String, "a string");
        return element.GetString()!;
    }

    /// <summary>Whether text that failed to parse has a JSON token besides comments.</summary>
    /// <remarks>
    /// The reader returns comments as tokens here, and reaches the end without an error when
    /// there is nothing else, where the parser throws a message about its final block. Invalid
    /// text counts as a token, for the parser's message to report.
    /// </remarks>
    private static bool HasToken(string json)
    {
        var reader = new Utf8JsonReader(
            Encoding.UTF8.GetBytes(json),
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Allow });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.Comment)
                {
                    return true;
                }
            }

            return false;
        }
        catch (JsonException)
        {
            return true;
        }
    }

    /// <summary>
    /// Throws for the first object, depth first, that has a field twice. JsonDocument keeps both
    /// values and <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> returns the
    /// last, so a duplicate would otherwise override the first value without a word.
    /// </summary>
    /// <remarks>
    /// <see cref="JsonDocumentOptions.AllowDuplicateProperties"/> (in .NET 10) rejects them
    /// too, but its exception gives neither the line nor the path of the field.
    /// </remarks>
    private static void RejectDuplicateFields(JsonFile file, JsonElement element, string jsonPath)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                RejectDuplicateFields(file, item, $"{jsonPath}[{index++}]");
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                var path = $"{jsonPath}.{property.Name}";
                if (!names.Add(property.Name))
                {
                    throw file.Error(path, "given more than once; keep one of the values.");
                }

                RejectDuplicateFields(file, property.Value, path);
            }
        }
    }

    /// <summary>Describes an element for a message: <c>the string "x"</c>, <c>an object</c>.</summary>
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => $"a list of {element.GetArrayLength()} item(s)",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        JsonValueKind.Null => "null",
        _ => element.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
