using Mlp.Cli.Reporting;
using Mlp.Data;

namespace Mlp.Cli.Training;

/// <summary>Loads the data set named by <c>--data</c> or <c>--test-data</c>.</summary>
internal static class DataSource
{
    private const string IdxPrefix = "idx:";

    /// <summary>
    /// Loads <c>digits</c> (the embedded data set), <c>idx:IMAGES,LABELS</c> (two IDX files, pixels
    /// scaled to [0, 1]) or the path of a CSV file read with <paramref name="csvOptions"/>.
    /// </summary>
    /// <param name="source">The value of the option.</param>
    /// <param name="csvOptions">How to read a CSV file.</param>
    /// <param name="optionName">The option, for messages.</param>
    /// <param name="progress">Where a progress bar for a large file goes; null for none.</param>
    /// <exception cref="ArgumentException">
    /// The value names no data set and no existing file, or CSV options come with a source that
    /// is not a CSV file.
    /// </exception>
    public static Dataset Load(string source, CsvReadOptions csvOptions, string optionName, TextWriter? progress = null)
    {
        if (EmbeddedDatasets.Contains(source))
        {
            RejectCsvOptions(csvOptions, optionName, source, "a built-in data set");
            return EmbeddedDatasets.Load(source);
        }

        if (source.StartsWith(IdxPrefix, StringComparison.OrdinalIgnoreCase))
        {
            RejectCsvOptions(csvOptions, optionName, source, "a pair of IDX files");
            var paths = source[IdxPrefix.Length..].Split(',', StringSplitOptions.TrimEntries);
            if (paths.Length != 2 || paths.Any(string.IsNullOrEmpty))
            {
                throw new ArgumentException(
                    $"{optionName} idx: needs two files, images then labels, as idx:IMAGES,LABELS; got '{source}'.");
            }

            return IdxReader.ReadImagesAndLabels(paths[0], paths[1]);
        }

        if (!File.Exists(source))
        {
            throw new ArgumentException(
                $"{optionName} '{source}' is neither a built-in data set " +
                $"({string.Join(", ", EmbeddedDatasets.Names)}), " +
                "idx:IMAGES,LABELS, nor an existing CSV file. Check the name or the path.");
        }

        return FileLoadProgress.ReadCsv(source, csvOptions, progress);
    }

    /// <summary>
    /// Returns the files a value of the option reads: none for a built-in data set, the two IDX
    /// files of <c>idx:IMAGES,LABELS</c>, else the value as a CSV path.
    /// </summary>
    public static IReadOnlyList<string> Files(string source)
    {
        if (EmbeddedDatasets.Contains(source))
        {
            return [];
        }

        return source.StartsWith(IdxPrefix, StringComparison.OrdinalIgnoreCase)
            ? [.. source[IdxPrefix.Length..].Split(',', StringSplitOptions.TrimEntries).Where(path => path.Length > 0)]
            : [source];
    }

    private static void RejectCsvOptions(CsvReadOptions csvOptions, string optionName, string source, string kind)
    {
        if (csvOptions.TargetColumnName is not null || csvOptions.TargetColumnIndex is not null
            || csvOptions.Header != CsvHeader.Auto)
        {
            throw new ArgumentException(
                $"--target, --target-index and --header apply to CSV files, but {optionName} {source} is " +
                $"{kind}; remove them.");
        }
    }
}
