using System.Text.Json;
using Mlp.Data;

namespace Mlp.Models;

/// <summary>
/// A value inside a model file with its path (such as <c>network.layers[1].biases</c>), so
/// that every read can fail with a message naming the file, the field, what it contains and what
/// was expected.
/// </summary>
internal readonly struct JsonField
{
    private readonly JsonElement element;
    private readonly string file;

    public JsonField(JsonElement element, string path, string file)
    {
        this.element = element;
        Path = path;
        this.file = file;
    }

    /// <summary>
    /// Dotted path of the field from the root, such as <c>input.scaling.offsets</c>.
    /// </summary>
    public string Path { get; }

    public bool IsNull => element.ValueKind == JsonValueKind.Null;

    /// <summary>Whether this is an object with a property of that name.</summary>
    public bool HasProperty(string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out _);

    /// <summary>Returns a required property of this object.</summary>
    public JsonField Property(string name)
    {
        RequireKind(JsonValueKind.Object, "an object");
        var path = Path.Length == 0 ? name : $"{Path}.{name}";
        if (!element.TryGetProperty(name, out var value))
        {
            throw new InvalidDataException(
                $"{file}: the field {path} is missing. The file may be truncated or written by " +
                "another program; save the model again.");
        }

        return new JsonField(value, path, file);
    }

    public string String()
    {
        RequireKind(JsonValueKind.String, "a string");
        return element.GetString()!;
    }

    public string? NullableString() => IsNull ? null : String();

    /// <summary>Returns the string when the field is one; else null, without failing.</summary>
    public string? StringOrNull() =>
        element.ValueKind == JsonValueKind.String ? element.GetString() : null;

    public bool Boolean() => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Invalid("true or false"),
    };

    /// <summary>Returns an integer of at least <paramref name="minimum"/>.</summary>
    public long Integer(long minimum)
    {
        RequireKind(JsonValueKind.Number, "an integer");
        if (!element.TryGetInt64(out var value) || value < minimum)
        {
            throw Invalid($"an integer ≥ {minimum}");
        }

        return value;
    }

    public int Int32(int minimum) => checked((int)Math.Min(Integer(minimum), int.MaxValue));

    /// <summary>
    /// Returns a finite number, read as float when <paramref name="asFloat"/> so it keeps its float
    /// bits.
    /// </summary>
    public double Number(bool asFloat = false)
    {
        RequireKind(JsonValueKind.Number, "a number");
        var value = double.NaN;
        if (asFloat && element.TryGetSingle(out var single))
        {
            value = single;
        }
        else if (!asFloat && element.TryGetDouble(out var number))
        {
            value = number;
        }

        if (!double.IsFinite(value))
        {
            throw Invalid(asFloat ? "a finite float32 number" : "a finite number");
        }

        return value;
    }

    public double? NullableNumber() => IsNull ? null : Number();

    /// <summary>Returns the items of an array, checking their count when one is expected.</summary>
    public JsonField[] Items(int? expectedCount = null, string? because = null)
    {
        RequireKind(JsonValueKind.Array, "an array");
        var count = element.GetArrayLength();
        if (expectedCount is { } expected && count != expected)
        {
            throw Error($"has {CountText.Format(count, "entry", "entries")}, but {because} needs {expected}");
        }

        var items = new JsonField[count];
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            items[index] = new JsonField(item, $"{Path}[{index}]", file);
            index++;
        }

        return items;
    }

    /// <summary>Returns the properties of an object, in file order.</summary>
    public IEnumerable<(string Name, JsonField Value)> Properties()
    {
        RequireKind(JsonValueKind.Object, "an object");
        var path = Path;
        var source = file;
        return element.EnumerateObject()
            .Select(property => (property.Name, new JsonField(property.Value, $"{path}.{property.Name}", source)))
            .ToArray();
    }

    /// <summary>Returns an error that describes what is wrong with this field.</summary>
    public InvalidDataException Error(string problem) =>
        new($"{file}: {(Path.Length == 0 ? "the top level" : Path)} {problem.TrimEnd('.')}. The file may " +
            "have been edited or written by another program; save the model again.");

    private InvalidDataException Invalid(string expected) =>
        Error($"is {Describe()}, but must be {expected}");

    private void RequireKind(JsonValueKind kind, string expected)
    {
        if (element.ValueKind != kind)
        {
            throw Invalid(expected);
        }
    }

    private string Describe()
    {
        var text = element.GetRawText();
        return element.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => $"an array of {element.GetArrayLength()}",
            _ => text.Length > 40 ? $"{text[..40]}..." : text,
        };
    }
}
