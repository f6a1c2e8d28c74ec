using System.Text.Json;

namespace Mlp.Tests;

/// <summary>
/// Reads the recorded reference files that the test project copies to Reference/ in its output
/// folder.
/// </summary>
internal static class ReferenceFile
{
    /// <summary>Parses a JSON file given by its path below Reference/.</summary>
    public static JsonElement Load(params string[] pathBelowReference)
    {
        var path = Path.Combine([AppContext.BaseDirectory, "Reference", .. pathBelowReference]);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    /// <summary>Reads a JSON array of integers.</summary>
    public static int[] Ints(JsonElement array) =>
        [.. array.EnumerateArray().Select(item => item.GetInt32())];

    /// <summary>Reads a JSON array of numbers as doubles; parsing round-trips every bit.</summary>
    public static double[] Doubles(JsonElement array) =>
        [.. array.EnumerateArray().Select(item => item.GetDouble())];

    /// <summary>Asserts that two arrays hold the same doubles, bit for bit.</summary>
    public static void AssertBitwiseEqual(
        ReadOnlySpan<double> expected,
        ReadOnlySpan<double> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var expectedBits = BitConverter.DoubleToInt64Bits(expected[i]);
            if (expectedBits != BitConverter.DoubleToInt64Bits(actual[i]))
            {
                Assert.Fail($"Element {i}: expected {expected[i]:R}, got {actual[i]:R}.");
            }
        }
    }
}
