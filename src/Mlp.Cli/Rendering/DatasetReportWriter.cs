using System.Globalization;
using System.Text;
using Mlp.Data;

namespace Mlp.Cli.Rendering;

/// <summary>
/// Writes the shape and classes of a data set, and the origin of a built-in one, as plain text.
/// </summary>
internal static class DatasetReportWriter
{
    // Lines of prose wrap at this width.
    private const int Width = 80;

    // The class table stops after this many classes.
    private const int MaxClassesListed = 20;

    // Feature lists show every name up to this count, else the first and last ones.
    private const int MaxFeatureNamesListed = 6;

    /// <summary>
    /// Writes the shape, the feature value range and the rows per class of <paramref name="data"/>.
    /// </summary>
    public static void WriteSummary(
        TextWriter output,
        string title,
        Dataset data,
        DatasetSummary summary)
    {
        output.WriteLine(title);
        output.WriteLine();
        output.WriteLine($"  rows       {summary.RowCount}");
        var features = ListFeatureNames(data.FeatureNames);
        output.WriteLine($"  features   {summary.FeatureCount}: {features}");
        output.WriteLine($"  values     {DescribeRange(summary)}");
        var classes = summary.Classes.Count == 1 ? "1 class" : $"{summary.Classes.Count} classes";
        output.WriteLine($"  target     {data.TargetName}, {classes}");
        output.WriteLine();
        WriteClassTable(output, summary);
    }

    /// <summary>Writes the features, target, origin and licence of a built-in data set.</summary>
    public static void WriteDescription(TextWriter output, DatasetDescription description)
    {
        WriteSection(output, "Features", description.Features);
        WriteSection(output, "Target", description.Target);
        WriteSection(output, "Origin", description.Origin);
        WriteSection(output, "Licence", description.Licence);
        WriteWrapped(output, $"Credit: {description.Attribution}");
        WriteSection(output, "Source", description.Source.ToString());
    }

    private static void WriteClassTable(TextWriter output, DatasetSummary summary)
    {
        var listedCount = Math.Min(summary.Classes.Count, MaxClassesListed);
        var labelWidth = Math.Max(
            "class".Length,
            summary.Classes.Take(listedCount).Max(c => c.Length));
        var countWidth = Math.Max("rows".Length, FormatCount(summary.RowCount).Length);
        output.WriteLine($"  {"class".PadRight(labelWidth)}  {"rows".PadLeft(countWidth)}   share");
        for (var i = 0; i < listedCount; i++)
        {
            var count = summary.ClassCounts[i];
            var share = 100.0 * count / summary.RowCount;
            output.WriteLine(
                $"  {summary.Classes[i].PadRight(labelWidth)}  " +
                $"{FormatCount(count).PadLeft(countWidth)}  " +
                $"{share,5:F1}%");
        }

        if (summary.Classes.Count > listedCount)
        {
            output.WriteLine($"  ... and {summary.Classes.Count - listedCount} more classes");
        }
    }

    private static string ListFeatureNames(IReadOnlyList<string> names) =>
        names.Count <= MaxFeatureNamesListed
            ? string.Join(", ", names)
            : $"{names[0]}, {names[1]}, {names[2]}, ..., {names[^1]}";

    private static string DescribeRange(DatasetSummary summary)
    {
        var kind = summary.FeaturesAreIntegers ? "integers from" : "from";
        var minimum = FormatNumber(summary.FeatureMinimum);
        var maximum = FormatNumber(summary.FeatureMaximum);
        return $"{kind} {minimum} to {maximum}";
    }

    private static string FormatNumber(double value) =>
        value.ToString("G6", CultureInfo.InvariantCulture);

    private static string FormatCount(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static void WriteSection(TextWriter output, string heading, string text)
    {
        output.WriteLine();
        output.WriteLine(heading);
        WriteWrapped(output, text);
    }

    /// <summary>Writes <paramref name="text"/> indented by two spaces, wrapped at 80.</summary>
    private static void WriteWrapped(TextWriter output, string text)
    {
        const string indent = "  ";
        var line = new StringBuilder(indent);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var isLineStart = line.Length == indent.Length;
            if (!isLineStart && line.Length + 1 + word.Length > Width)
            {
                output.WriteLine(line.ToString());
                line.Clear().Append(indent);
                isLineStart = true;
            }

            line.Append(isLineStart ? word : $" {word}");
        }

        output.WriteLine(line.ToString());
    }
}
