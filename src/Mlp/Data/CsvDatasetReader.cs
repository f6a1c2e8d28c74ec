using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace Mlp.Data;

/// <summary>Reads a <see cref="Dataset"/> of numeric features and one target from CSV.</summary>
/// <remarks>
/// <para>
/// Every column except the target is a feature, and each feature cell must parse as a finite
/// double in the invariant culture ('.' decimal point, optional exponent, no thousands
/// separators). Target cells stay text, so class labels may be integers with gaps or words.
/// </para>
/// <para>
/// Cells are trimmed of surrounding whitespace, quoted cells ("a,b") are unquoted, lines end in
/// LF or CRLF, and the final newline is optional. Blank lines are skipped. Without a header,
/// features are named x0, x1, ... in column order and the target is named y. Files that start
/// with the gzip signature are decompressed, whatever their name.
/// </para>
/// </remarks>
public static class CsvDatasetReader
{
    // Rejects invalid bytes instead of replacing them with U+FFFD, which would change labels silently.
    private static readonly UTF8Encoding StrictUtf8 = new(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true);

    /// <summary>Reads the CSV file at <paramref name="path"/>.</summary>
    /// <param name="path">The file; its path is the <see cref="Dataset.Name"/>.</param>
    /// <param name="options">Header, target column and separator; null for the defaults.</param>
    /// <exception cref="ArgumentException">The options contradict each other.</exception>
    /// <exception cref="FileNotFoundException">
    /// No file exists at <paramref name="path"/>.
    /// </exception>
    /// <exception cref="InvalidDataException">
    /// The file is empty, has no data rows, has rows of different lengths, has a cell that is not
    /// a finite number in a feature column or empty in the target column, lacks the target
    /// column, or is not UTF-8. The message names the file, the 1-based line and column, and the
    /// value.
    /// </exception>
    public static Dataset Read(string path, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= CsvReadOptions.Default;
        options.Validate(nameof(options));

        using var stream = CompressedFile.OpenRead(path, "CSV file");
        using var reader = new StreamReader(stream, StrictUtf8);
        try
        {
            return Parse(reader, path, options);
        }
        catch (DecoderFallbackException exception)
        {
            throw new InvalidDataException(
                $"{path}: not UTF-8 text (byte 0x{exception.BytesUnknown?.FirstOrDefault():X2} is invalid). " +
                "Save the file as UTF-8.",
                exception);
        }
    }

    /// <summary>Reads CSV text from <paramref name="reader"/>, which stays open.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="sourceName">Name used in messages and as <see cref="Dataset.Name"/>.</param>
    /// <param name="options">Header, target column and separator; null for the defaults.</param>
    /// <exception cref="ArgumentException">The options contradict each other.</exception>
    /// <exception cref="InvalidDataException">
    /// The text is not a valid table, as for <see cref="Read(string, CsvReadOptions?)"/>.
    /// </exception>
    public static Dataset Read(TextReader reader, string sourceName, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= CsvReadOptions.Default;
        options.Validate(nameof(options));
        return Parse(reader, sourceName, options);
    }

    private static Dataset Parse(TextReader reader, string sourceName, CsvReadOptions options)
    {
        // The header is handled here rather than by Sep, because detecting it needs the first
        // row, and Sep rejects duplicate header names that are legitimate numbers in data rows.
        var sepOptions = new SepReaderOptions(new Sep(options.Separator))
        {
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = true,
        };
        using var sepReader = sepOptions.From(reader, leaveOpen: true);

        var table = new CsvTableBuilder(sourceName, options);
        int? unclosedQuoteLine = null;
        try
        {
            ReadRows(sepReader, table, ref unclosedQuoteLine);
            return table.Build();
        }
        catch (InvalidDataException exception) when (unclosedQuoteLine is { } line
            && !exception.Message.Contains("not closed", StringComparison.Ordinal))
        {
            throw new InvalidDataException(
                $"{exception.Message} The quote (\") in the row starting on line {line} is never closed, so " +
                "the lines after it were read as part of one cell; close or remove it.",
                exception);
        }
    }

    private static void ReadRows(SepReader sepReader, CsvTableBuilder table, ref int? unclosedQuoteLine)
    {
        foreach (var row in sepReader)
        {
            if (IsBlank(row))
            {
                continue;
            }

            // Sep 0.18.0 reports the first row's LineNumberFrom as the line after that row when
            // it reads without a header, but the first row always starts on line 1.
            var line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
            if (unclosedQuoteLine is null && row.Span.Count('"') % 2 == 1)
            {
                unclosedQuoteLine = line;
            }

            if (!table.HasColumns)
            {
                var cells = new string[row.ColCount];
                for (var column = 0; column < cells.Length; column++)
                {
                    cells[column] = row[column].Span.Trim().ToString();
                }

                if (table.StartTable(cells, line))
                {
                    continue;
                }
            }

            table.BeginRow(row.ColCount, line);
            for (var column = 0; column < row.ColCount; column++)
            {
                table.AddCell(column, row[column].Span.Trim());
            }
        }
    }

    private static bool IsBlank(SepReader.Row row) =>
        row.ColCount == 1 && row[0].Span.IsWhiteSpace();

    /// <summary>
    /// Parses a cell as a feature value: a finite double in the invariant culture.
    /// </summary>
    internal static bool TryParseFeature(ReadOnlySpan<char> cell, out double value) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);
}
