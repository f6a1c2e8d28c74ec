using System.Globalization;

namespace Mlp.Data;

/// <summary>
/// Collects the cells of a CSV file row by row into a <see cref="Dataset"/> and reports bad cells
/// with their file, line and column.
/// </summary>
internal sealed class CsvTableBuilder
{
    // Lists of column names in messages stop after this many names.
    private const int MaxColumnsListed = 20;

    // Values in messages are cut to this many characters.
    private const int MaxValueLength = 40;

    private readonly string _source;
    private readonly CsvReadOptions _options;
    private readonly List<double> _features = [];
    private readonly List<string> _targets = [];
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private string[]? _header;
    private int _columnCount;
    private int _firstLine;
    private int _targetColumn;
    private int _line;

    public CsvTableBuilder(string source, CsvReadOptions options)
    {
        _source = source;
        _options = options;
    }

    /// <summary>Whether the first row has been seen, which fixes the columns.</summary>
    public bool HasColumns => _columnCount > 0;

    /// <summary>
    /// Fixes the columns from the first non-blank row and returns whether that row is a header.
    /// </summary>
    public bool StartTable(string[] cells, int line)
    {
        _columnCount = cells.Length;
        _firstLine = line;
        if (cells.Length < 2)
        {
            throw Error(
                $"{_source}, line {line}: found 1 column, but a data set needs at least two: " +
                "one or more features and a target. Check that the separator is " +
                $"'{_options.Separator}'.");
        }

        var isHeader = _options.Header switch
        {
            CsvHeader.Present => true,
            CsvHeader.Absent => false,
            _ => _options.TargetColumnName is not null || LooksLikeHeader(cells),
        };
        if (isHeader)
        {
            ValidateHeader(cells, line);
            _header = cells;
        }

        _targetColumn = ResolveTargetColumn();
        return isHeader;
    }

    /// <summary>Starts a data row, checking that it has as many cells as the first row.</summary>
    public void BeginRow(int cellCount, int line)
    {
        _line = line;
        if (cellCount != _columnCount)
        {
            var firstRow = _header is null ? "the first row" : "the header";
            throw Error(
                $"{_source}, line {line}: expected {_columnCount} cells like {firstRow} " +
                $"(line {_firstLine}), found {cellCount}. Every row needs the same number of " +
                "cells. Check for a missing or extra separator.");
        }
    }

    /// <summary>Adds one trimmed cell of the current data row.</summary>
    public void AddCell(int column, ReadOnlySpan<char> cell)
    {
        if (column == _targetColumn)
        {
            _targets.Add(ToLabel(column, cell));
        }
        else
        {
            _features.Add(ToFeature(column, cell));
        }
    }

    /// <summary>Returns the data set of every row added.</summary>
    public Dataset Build()
    {
        if (!HasColumns)
        {
            throw Error(
                $"{_source}: the file is empty. Expected rows of numeric features and a " +
                "target, optionally after a header row.");
        }

        if (_targets.Count == 0)
        {
            throw Error(
                $"{_source}: the file has a header (line {_firstLine}) but no data rows. " +
                "Add data rows below the header.");
        }

        var featureNames = new string[_columnCount - 1];
        for (var column = 0; column < _columnCount; column++)
        {
            if (column != _targetColumn)
            {
                var feature = column < _targetColumn ? column : column - 1;
                featureNames[feature] = _header?[column] ?? $"x{feature}";
            }
        }

        var targetName = _header?[_targetColumn] ?? "y";
        return new Dataset(_source, [.. _features], featureNames, [.. _targets], targetName);
    }

    private bool LooksLikeHeader(string[] cells)
    {
        var target = _options.TargetColumnIndex ?? cells.Length - 1;
        for (var column = 0; column < cells.Length; column++)
        {
            var cell = cells[column];
            if (column != target && cell.Length > 0 && !double.TryParse(
                    cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                return true;
            }
        }

        return false;
    }

    private void ValidateHeader(string[] names, int line)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var column = 0; column < names.Length; column++)
        {
            var name = names[column];
            if (name.Length == 0)
            {
                throw Error(
                    $"{_source}, line {line}, column {column + 1}: the header cell is empty. " +
                    "Name every column, or read the file without a header.");
            }

            if (!seen.TryAdd(name, column))
            {
                throw Error(
                    $"{_source}, line {line}, column {column + 1}: the header name " +
                    $"{Quote(name)} repeats column {seen[name] + 1}. Column names must be unique.");
            }
        }
    }

    private int ResolveTargetColumn()
    {
        if (_options.TargetColumnName is { } name)
        {
            var column = Array.IndexOf(_header!, name);
            if (column < 0)
            {
                throw Error(
                    $"{_source}: target column {Quote(name)} not found. The header " +
                    $"(line {_firstLine}) has {ListColumns()}. Pass one of these names.");
            }

            return column;
        }

        if (_options.TargetColumnIndex is { } index)
        {
            if (index >= _columnCount)
            {
                throw Error(
                    $"{_source}: target column index {index} is out of range, because the file " +
                    $"has {ListColumns()}. Pass a 0-based index from 0 to {_columnCount - 1}.");
            }

            return index;
        }

        return _columnCount - 1;
    }

    private string ToLabel(int column, ReadOnlySpan<char> cell)
    {
        if (cell.IsEmpty)
        {
            throw Error(
                $"{At(column)}: the target cell is empty. Give every row a target, or remove " +
                "the row.");
        }

        RejectLineBreak(column, cell);

        // Class labels repeat, so each distinct label is stored once.
        var lookup = _labels.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(cell, out var label))
        {
            label = cell.ToString();
            _labels.Add(label, label);
        }

        return label;
    }

    private double ToFeature(int column, ReadOnlySpan<char> cell)
    {
        if (CsvDatasetReader.TryParseFeature(cell, out var value))
        {
            return value;
        }

        if (cell.IsEmpty)
        {
            throw Error(
                $"{At(column)}: the cell is empty, but features must be finite numbers. Fill in " +
                "the missing value, or remove the row.");
        }

        RejectLineBreak(column, cell);
        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            throw Error(
                $"{At(column)}: {Quote(cell)} is not a finite number. Replace NaN, infinite " +
                "and out-of-range values (beyond ±1.7976931348623157E+308), or remove the row.");
        }

        throw Error(
            $"{At(column)}: {Quote(cell)} is not a number. Features must be finite numbers " +
            "with a '.' decimal point and no thousands separators, such as 3.5 or -1e-3. If " +
            "this column contains class labels, make it the target column.");
    }

    private void RejectLineBreak(int column, ReadOnlySpan<char> cell)
    {
        if (cell.ContainsAny('\r', '\n'))
        {
            throw Error(
                $"{At(column)}: the cell {Quote(cell)} spans several lines, which usually " +
                "means a quote (\") is not closed. Close or remove the quote.");
        }
    }

    private string At(int column) =>
        _header is null
            ? $"{_source}, line {_line}, column {column + 1}"
            : $"{_source}, line {_line}, column {column + 1} ({Quote(_header[column])})";

    private string ListColumns()
    {
        if (_header is null)
        {
            return $"{_columnCount} columns (no header)";
        }

        var listed = _header.Take(MaxColumnsListed).Select(name => Quote(name));
        var more = _columnCount > MaxColumnsListed
            ? $", ... ({_columnCount - MaxColumnsListed} more)"
            : "";
        return $"{_columnCount} columns: {string.Join(", ", listed)}{more}";
    }

    private static string Quote(ReadOnlySpan<char> value)
    {
        var text = value.Length > MaxValueLength
            ? $"{value[..MaxValueLength]}..."
            : value.ToString();
        text = text.Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
        return $"\"{text}\"";
    }

    private static InvalidDataException Error(string message) => new(message);
}
