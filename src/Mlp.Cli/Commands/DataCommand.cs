using System.CommandLine;
using Mlp.Cli.Plotting;
using Mlp.Cli.Rendering;
using Mlp.Data;

namespace Mlp.Cli.Commands;

/// <summary>The <c>mlp data</c> commands, which describe and draw data sets.</summary>
internal static class DataCommand
{
    // Maximum width in characters of the image lines that show draws.
    private const int OutputWidth = 80;

    // The digits are 8x8 images, and each pixel counts the pixels that are on in a 4x4 block of
    // the original bitmap, so 16 is full.
    private const int DigitsImageSide = 8;
    private const double DigitsMaximumValue = 16;

    /// <summary>Creates <c>data</c> with its <c>describe</c> and <c>show</c> commands.</summary>
    public static Command Create()
    {
        var command = new Command("data", "Describe or draw the built-in data sets and CSV files.");
        command.Subcommands.Add(CreateDescribeCommand());
        command.Subcommands.Add(CreateShowCommand());
        return command;
    }

    private static Command CreateDescribeCommand()
    {
        var name = new Argument<string>("name")
        {
            Description =
                "A built-in data set (digits) or the path of a CSV file. A built-in name wins " +
                "over a file of the same name, so write ./digits for such a file.",
        };
        var header = HeaderOption.Create();
        var target = new Option<string?>("--target")
        {
            Description = "CSV only: header name of the target column. Default: the last column.",
        };
        var targetIndex = new Option<int?>("--target-index")
        {
            Description = "CSV only: 0-based index of the target column. Default: the last column.",
        };

        var separator = new Option<string>("--separator")
        {
            Description = "CSV only: the character between cells, or tab. Default: ','.",
            DefaultValueFactory = _ => ",",
        };

        var command = new Command("describe", "Show the rows, features and classes of a data set.")
        {
            name,
            header,
            target,
            targetIndex,
            separator,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var source = parseResult.GetValue(name)!;
            var options = new CsvReadOptions
            {
                Header = parseResult.GetValue(header),
                TargetColumnName = parseResult.GetValue(target),
                TargetColumnIndex = parseResult.GetValue(targetIndex),
                Separator = ParseSeparator(parseResult.GetValue(separator)!),
            };
            Describe(output, source, options);
            return 0;
        });
        return command;
    }

    private static Command CreateShowCommand()
    {
        var name = new Argument<string>("name")
        {
            Description = "The built-in image data set to draw: digits.",
        };
        var count = new Option<int>("--count")
        {
            Description = "Number of images to draw.",
            DefaultValueFactory = _ => 10,
        };
        var start = new Option<int>("--start")
        {
            Description = "0-based row of the first image.",
            DefaultValueFactory = _ => 0,
        };

        var png = new Option<string?>("--png")
        {
            Description = "Draw the images into this PNG file instead of the terminal.",
        };

        var command = new Command("show", "Draw images of a data set with their labels.")
        {
            name,
            count,
            start,
            png,
        };
        command.SetAction(parseResult =>
        {
            Show(
                parseResult.InvocationConfiguration,
                parseResult.GetValue(name)!,
                parseResult.GetValue(count),
                parseResult.GetValue(start),
                parseResult.GetValue(png));
            return 0;
        });
        return command;
    }

    private static char ParseSeparator(string text) => text switch
    {
        "tab" or "\\t" => '\t',
        { Length: 1 } => text[0],
        _ => throw new ArgumentException(
            $"--separator must be one character or tab, got \"{text}\"."),
    };

    private static void Describe(TextWriter output, string source, CsvReadOptions options)
    {
        if (EmbeddedDatasets.Contains(source))
        {
            if (options != CsvReadOptions.Default)
            {
                throw new ArgumentException(
                    "--header, --target, --target-index and --separator apply only to CSV " +
                    $"files, but \"{source}\" is a built-in data set. Remove these options.");
            }

            var description = EmbeddedDatasets.Describe(source);
            var data = EmbeddedDatasets.Load(source);
            var title = $"{description.Name}: {description.Title}";
            DatasetReportWriter.WriteSummary(output, title, data, DatasetSummary.Compute(data));
            DatasetReportWriter.WriteDescription(output, description);
            return;
        }

        if (!File.Exists(source))
        {
            throw new ArgumentException(
                $"\"{source}\" is neither a built-in data set " +
                $"({string.Join(", ", EmbeddedDatasets.Names)}) nor an existing file. Check the " +
                "name or the path.");
        }

        var table = CsvDatasetReader.Read(source, options);
        DatasetReportWriter.WriteSummary(output, source, table, DatasetSummary.Compute(table));
    }

    private static void Show(
        InvocationConfiguration writers,
        string source,
        int count,
        int start,
        string? png)
    {
        var output = writers.Output;
        if (source != EmbeddedDatasets.DigitsName)
        {
            throw new ArgumentException(
                $"Cannot draw \"{source}\": data show draws only the built-in " +
                $"{EmbeddedDatasets.DigitsName} images. Use data describe for a CSV file.");
        }

        if (count < 1)
        {
            throw new ArgumentException($"--count must be at least 1, got {count}.");
        }

        var data = EmbeddedDatasets.Digits();
        if (start < 0 || start >= data.RowCount)
        {
            throw new ArgumentException(
                $"--start must be a row from 0 to {data.RowCount - 1}, got {start}.");
        }

        var end = start + Math.Min(count, data.RowCount - start);
        var images = new List<double[]>();
        var captions = new List<string>();
        for (var row = start; row < end; row++)
        {
            images.Add(data.Row(row).ToArray());
            captions.Add($"{data.TargetName} {data.Targets[row]} (row {row})");
        }

        if (png is not null)
        {
            var shortCaptions = Enumerable.Range(start, end - start)
                .Select(row => $"{data.Targets[row]}, row {row}")
                .ToArray();
            var title = $"{source}: rows {start} to {end - 1}, {data.TargetName} and row";
            FontCheck.WarnIfMissing(writers.Error);
            DataImageFile.Write(png, title, images, shortCaptions);
            output.WriteLine($"Wrote {images.Count} images to {png}.");
            return;
        }

        var renderer = new BlockImageRenderer(
            DigitsImageSide,
            DigitsImageSide,
            DigitsMaximumValue,
            OutputWidth);
        renderer.Write(output, images, captions);
    }
}
