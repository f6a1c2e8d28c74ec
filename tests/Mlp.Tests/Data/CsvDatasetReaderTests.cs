using System.IO.Compression;
using System.Text;
using Mlp.Data;

namespace Mlp.Tests.Data;

// Expected values are the cells of the small files each test writes.
public sealed class CsvDatasetReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_WithHeader_NamesColumns()
    {
        var path = _folder.WriteText(
            "iris.csv",
            "length,width,species\n1.5,2,setosa\n-3,4e1,virginica\n");

        var data = CsvDatasetReader.Read(path);

        Assert.Equal(path, data.Name);
        Assert.Equal(["length", "width"], data.FeatureNames);
        Assert.Equal("species", data.TargetName);
        Assert.Equal([1.5, 2, -3, 40], data.Features);
        Assert.Equal(["setosa", "virginica"], data.Targets);
    }

    [Fact]
    public void Read_WithoutHeader_GeneratesNames()
    {
        var path = _folder.WriteText("plain.csv", "1,2,0\n3,4,1\n");

        var data = CsvDatasetReader.Read(path);

        Assert.Equal(["x0", "x1"], data.FeatureNames);
        Assert.Equal("y", data.TargetName);
        Assert.Equal([1, 2, 3, 4], data.Features);
        Assert.Equal(["0", "1"], data.Targets);
    }

    [Fact]
    public void Read_TextTargetInFirstRow_IsData()
    {
        var path = _folder.WriteText("labels.csv", "1,2,cat\n3,4,dog\n");

        var data = CsvDatasetReader.Read(path);

        Assert.Equal(2, data.RowCount);
        Assert.Equal(["cat", "dog"], data.Targets);
    }

    [Fact]
    public void Read_HeaderPresent_ReadsNumericNames()
    {
        var path = _folder.WriteText("numeric-names.csv", "10,20,30\n1,2,3\n");

        var data = CsvDatasetReader.Read(path, new CsvReadOptions { Header = CsvHeader.Present });

        Assert.Equal(["10", "20"], data.FeatureNames);
        Assert.Equal("30", data.TargetName);
        Assert.Equal(1, data.RowCount);
    }

    [Fact]
    public void Read_HeaderAbsent_RejectsTextFirstRow()
    {
        var path = _folder.WriteText("names.csv", "a,b,c\n1,2,3\n");
        var options = new CsvReadOptions { Header = CsvHeader.Absent };

        var exception = Assert.Throws<InvalidDataException>(
            () => CsvDatasetReader.Read(path, options));

        Assert.StartsWith($"{path}, line 1, column 1: \"a\" is not a number.", exception.Message);
    }

    [Fact]
    public void Read_TargetByName_TakesMiddleColumn()
    {
        var path = _folder.WriteText("middle.csv", "a,label,b\n1,x,2\n3,y,4\n");

        var data = CsvDatasetReader.Read(path, new CsvReadOptions { TargetColumnName = "label" });

        Assert.Equal(["a", "b"], data.FeatureNames);
        Assert.Equal("label", data.TargetName);
        Assert.Equal([1, 2, 3, 4], data.Features);
        Assert.Equal(["x", "y"], data.Targets);
    }

    [Fact]
    public void Read_TargetByIndex_TakesFirstColumn()
    {
        var path = _folder.WriteText("first.csv", "7,1,2\n9,3,4\n");

        var data = CsvDatasetReader.Read(path, new CsvReadOptions { TargetColumnIndex = 0 });

        Assert.Equal(["x0", "x1"], data.FeatureNames);
        Assert.Equal([1, 2, 3, 4], data.Features);
        Assert.Equal(["7", "9"], data.Targets);
    }

    [Fact]
    public void Read_TargetByIndexWithHeader_NamesTarget()
    {
        var path = _folder.WriteText("first-named.csv", "class,a,b\nx,1,2\n");

        var data = CsvDatasetReader.Read(path, new CsvReadOptions { TargetColumnIndex = 0 });

        Assert.Equal("class", data.TargetName);
        Assert.Equal(["a", "b"], data.FeatureNames);
    }

    [Fact]
    public void Read_CrlfLineEndings_ReadsSameTable()
    {
        var path = _folder.WriteText("crlf.csv", "a,b,c\r\n1,2,x\r\n3,4,y\r\n");

        var data = CsvDatasetReader.Read(path);

        Assert.Equal([1, 2, 3, 4], data.Features);
        Assert.Equal(["x", "y"], data.Targets);
    }

    [Fact]
    public void Read_NoFinalNewline_KeepsLastRow()
    {
        var path = _folder.WriteText("no-newline.csv", "a,b,c\n1,2,x\n3,4,y");

        var data = CsvDatasetReader.Read(path);

        Assert.Equal(2, data.RowCount);
        Assert.Equal("y", data.Targets[1]);
    }

    [Fact]
    public void Read_SurroundingWhitespace_IsTrimmed()
    {
        var path = _folder.WriteText("spaces.csv", " a , b ,\tc \n 1 ,\t2.5\t, cat \n");

        var data = CsvDatasetReader.Read(path);

        Assert.Equal(["a", "b"], data.FeatureNames);
        Assert.Equal("c", data.TargetName);
        Assert.Equal([1, 2.5], data.Features);
        Assert.Equal(["cat"], data.Targets);
    }

    [Fact]
    public void Read_BlankLines_AreSkipped()
    {
        var path = _folder.WriteText("blank.csv", "a,b,c\n\n1,2,x\n   \n3,4,y\n\n");

        var data = CsvDatasetReader.Read(path);

        Assert.Equal(2, data.RowCount);
        Assert.Equal([1, 2, 3, 4], data.Features);
    }

    [Fact]
    public void Read_QuotedCells_AreUnquoted()
    {
        var path = _folder.WriteText("quoted.csv", "\"a\",\"b\",\"c\"\n\"1\",2,\"x, y\"\n");

        var data = CsvDatasetReader.Read(path);

        Assert.Equal(["a", "b"], data.FeatureNames);
        Assert.Equal([1, 2], data.Features);
        Assert.Equal(["x, y"], data.Targets);
    }

    [Fact]
    public void Read_Separator_SplitsOnIt()
    {
        var path = _folder.WriteText("semicolon.csv", "a;b;c\n1.5;2;x\n");

        var data = CsvDatasetReader.Read(path, new CsvReadOptions { Separator = ';' });

        Assert.Equal([1.5, 2], data.Features);
        Assert.Equal(["x"], data.Targets);
    }

    [Fact]
    public void Read_GzipFile_IsDecompressedWhateverItsName()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes("a,b,c\n1,2,x\n"));
        }

        var path = _folder.WriteBytes("compressed.csv", buffer.ToArray());

        var data = CsvDatasetReader.Read(path);

        Assert.Equal([1, 2], data.Features);
        Assert.Equal(["x"], data.Targets);
    }

    [Fact]
    public void Read_DamagedGzipFile_NamesTheFile()
    {
        // A gzip header followed by a deflate block of the reserved type 3, which no inflater accepts.
        byte[] damaged = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF];
        var path = _folder.WriteBytes("damaged.csv.gz", damaged);

        var exception = Assert.Throws<InvalidDataException>(() => CsvDatasetReader.Read(path));

        Assert.StartsWith($"{path}: the gzip data is damaged", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Latin1File_AsksForUtf8()
    {
        // "café" in Latin-1: 0xE9 for é is not valid UTF-8.
        var path = _folder.WriteBytes("latin1.csv", [.. "a,label\n1,caf"u8, 0xE9, .. "\n"u8]);

        var exception = Assert.Throws<InvalidDataException>(() => CsvDatasetReader.Read(path));

        Assert.Equal($"{path}: not UTF-8 text (byte 0xE9 is invalid). Save the file as UTF-8.", exception.Message);
    }

    [Theory]
    [InlineData("a,\"b,c,y\n1,2,3,0\n4,5,6,1\n", 1)]
    [InlineData("a,b,c,y\n1,2,3,0\n4,\"5,6,1\n7,8,9,0\n", 3)]
    public void Read_UnclosedQuote_NamesItsLine(string text, int line)
    {
        var path = _folder.WriteText("quote.csv", text);

        var exception = Assert.Throws<InvalidDataException>(() => CsvDatasetReader.Read(path));

        Assert.EndsWith(
            $"The quote (\") in the row starting on line {line} is never closed, so the lines after it " +
            "were read as part of one cell; close or remove it.",
            exception.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EscapedQuotesInLabel_AreKept()
    {
        var path = _folder.WriteText("escaped.csv", "a,label\n1,\"say \"\"hi\"\"\"\n2,plain\n");

        var data = CsvDatasetReader.Read(path);

        Assert.Equal(["say \"hi\"", "plain"], data.Targets);
    }

    [Fact]
    public void Read_TextReader_UsesSourceName()
    {
        using var reader = new StringReader("1,2,x\n3,4,y\n");

        var data = CsvDatasetReader.Read(reader, "inline");

        Assert.Equal("inline", data.Name);
        Assert.Equal([1, 2, 3, 4], data.Features);
    }

    [Fact]
    public void Read_TextReader_LeavesReaderOpen()
    {
        using var reader = new StringReader("1,2,x\n");

        CsvDatasetReader.Read(reader, "inline");

        Assert.Equal(-1, reader.Peek());
    }

    [Fact]
    public void Read_RepeatedLabels_ShareOneString()
    {
        var path = _folder.WriteText("repeat.csv", "1,2,cat\n3,4,cat\n");

        var data = CsvDatasetReader.Read(path);

        Assert.Same(data.Targets[0], data.Targets[1]);
    }

    [Fact]
    public void Read_EmptyCell_NamesLineAndColumn()
    {
        var path = _folder.WriteText("empty-cell.csv", "a,b,c\n1,2,x\n3,,y\n");

        var message = ReadError(path);

        Assert.StartsWith($"{path}, line 3, column 2 (\"b\"): the cell is empty", message);
    }

    [Fact]
    public void Read_EmptyCellNoHeader_OmitsName()
    {
        var path = _folder.WriteText("empty-plain.csv", "1,2,x\n,4,y\n");

        var message = ReadError(path);

        Assert.StartsWith($"{path}, line 2, column 1: the cell is empty", message);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e400")]
    public void Read_NonFiniteFeature_IsRejected(string value)
    {
        var path = _folder.WriteText("non-finite.csv", $"a,b,c\n1,2,x\n3,{value},y\n");

        var message = ReadError(path);

        Assert.StartsWith(
            $"{path}, line 3, column 2 (\"b\"): \"{value}\" is not a finite number.",
            message);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1,5")]
    [InlineData("0x10")]
    [InlineData("1 000")]
    public void Read_TextFeature_IsRejected(string value)
    {
        var path = _folder.WriteText("text.csv", $"a;b;c\n1;2;x\n3;{value};y\n");

        var exception = Assert.Throws<InvalidDataException>(
            () => CsvDatasetReader.Read(path, new CsvReadOptions { Separator = ';' }));

        Assert.StartsWith(
            $"{path}, line 3, column 2 (\"b\"): \"{value}\" is not a number.",
            exception.Message);
    }

    [Fact]
    public void Read_FirstRowErrorWithoutHeader_ReportsLine1()
    {
        var path = _folder.WriteText("first-bad.csv", "1,,x\n3,4,y\n");

        var message = ReadError(path);

        Assert.StartsWith($"{path}, line 1, column 2: the cell is empty", message);
    }

    [Fact]
    public void Read_ErrorAfterBlankLines_ReportsFileLine()
    {
        var path = _folder.WriteText("late-bad.csv", "a,b,c\r\n\r\n1,2,x\r\n\r\n3,bad,y\r\n");

        var message = ReadError(path);

        Assert.StartsWith($"{path}, line 5, column 2 (\"b\"): \"bad\" is not a number.", message);
    }

    [Fact]
    public void Read_LongValue_IsShortenedInMessage()
    {
        var value = new string('z', 100);
        var path = _folder.WriteText("long.csv", $"a,b,c\n{value},2,x\n");

        var message = ReadError(path);

        var shortened = $"\"{new string('z', 40)}...\" is not a number";
        Assert.Contains(shortened, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RaggedRow_SaysExpectedAndFound()
    {
        var path = _folder.WriteText("ragged.csv", "a,b,c\n1,2,x\n3,4\n");

        var message = ReadError(path);

        Assert.StartsWith(
            $"{path}, line 3: expected 3 cells like the header (line 1), found 2.",
            message);
    }

    [Fact]
    public void Read_LongRow_SaysExpectedAndFound()
    {
        var path = _folder.WriteText("long-row.csv", "1,2,x\n3,4,5,y\n");

        var message = ReadError(path);

        Assert.StartsWith(
            $"{path}, line 2: expected 3 cells like the first row (line 1), found 4.",
            message);
    }

    [Fact]
    public void Read_EmptyFile_IsRejected()
    {
        var path = _folder.WriteText("empty.csv", "");

        var message = ReadError(path);

        Assert.StartsWith($"{path}: the file is empty.", message);
    }

    [Fact]
    public void Read_OnlyBlankLines_IsEmpty()
    {
        var path = _folder.WriteText("blank-only.csv", "\n \r\n\n");

        var message = ReadError(path);

        Assert.StartsWith($"{path}: the file is empty.", message);
    }

    [Fact]
    public void Read_HeaderWithoutRows_IsRejected()
    {
        var path = _folder.WriteText("header-only.csv", "a,b,c\n");

        var message = ReadError(path);

        Assert.StartsWith($"{path}: the file has a header (line 1) but no data rows.", message);
    }

    [Fact]
    public void Read_SingleColumn_SuggestsSeparator()
    {
        var path = _folder.WriteText("one-column.csv", "a;b;c\n1;2;3\n");

        var message = ReadError(path);

        Assert.StartsWith($"{path}, line 1: found 1 column", message);
        Assert.Contains("separator is ','", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TargetNameNotFound_ListsColumns()
    {
        var path = _folder.WriteText("columns.csv", "a,b,c\n1,2,x\n");
        var options = new CsvReadOptions { TargetColumnName = "label" };

        var exception = Assert.Throws<InvalidDataException>(
            () => CsvDatasetReader.Read(path, options));

        Assert.StartsWith(
            $"{path}: target column \"label\" not found. The header (line 1) has 3 columns: " +
            "\"a\", \"b\", \"c\".",
            exception.Message);
    }

    [Fact]
    public void Read_TargetIndexOutOfRange_ListsColumns()
    {
        var path = _folder.WriteText("index.csv", "a,b,c\n1,2,x\n");
        var options = new CsvReadOptions { TargetColumnIndex = 3 };

        var exception = Assert.Throws<InvalidDataException>(
            () => CsvDatasetReader.Read(path, options));

        Assert.StartsWith(
            $"{path}: target column index 3 is out of range, because the file has 3 columns: " +
            "\"a\", \"b\", \"c\".",
            exception.Message);
    }

    [Fact]
    public void Read_BadIndexNoHeader_CountsColumns()
    {
        var path = _folder.WriteText("index-plain.csv", "1,2,3\n");
        var options = new CsvReadOptions { TargetColumnIndex = 5 };

        var exception = Assert.Throws<InvalidDataException>(
            () => CsvDatasetReader.Read(path, options));

        Assert.StartsWith(
            $"{path}: target column index 5 is out of range, because the file has 3 columns " +
            "(no header).",
            exception.Message);
    }

    [Fact]
    public void Read_ManyColumns_ListsTheFirst20()
    {
        var names = Enumerable.Range(0, 25).Select(i => $"c{i}").ToArray();
        var values = Enumerable.Range(0, 25).Select(i => $"{i}").ToArray();
        var path = _folder.WriteText(
            "wide.csv",
            $"{string.Join(',', names)}\n{string.Join(',', values)}\n");
        var options = new CsvReadOptions { TargetColumnName = "label" };

        var exception = Assert.Throws<InvalidDataException>(
            () => CsvDatasetReader.Read(path, options));

        Assert.Contains("\"c19\", ... (5 more)", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\"c20\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyTargetCell_IsRejected()
    {
        var path = _folder.WriteText("no-target.csv", "a,b,c\n1,2,x\n3,4, \n");

        var message = ReadError(path);

        Assert.StartsWith($"{path}, line 3, column 3 (\"c\"): the target cell is empty.", message);
    }

    [Fact]
    public void Read_EmptyHeaderName_IsRejected()
    {
        var path = _folder.WriteText("unnamed.csv", ",a,c\n0,1,x\n");

        var message = ReadError(path);

        Assert.StartsWith($"{path}, line 1, column 1: the header cell is empty.", message);
    }

    [Fact]
    public void Read_DuplicateHeaderName_IsRejected()
    {
        var path = _folder.WriteText("duplicate.csv", "a,b,a,c\n1,2,3,x\n");

        var message = ReadError(path);

        Assert.StartsWith(
            $"{path}, line 1, column 3: the header name \"a\" repeats column 1.",
            message);
    }

    [Fact]
    public void Read_UnclosedQuote_IsReported()
    {
        var path = _folder.WriteText("quote.csv", "a,b,c\n1,2,\"x\n3,4,y\n");

        var message = ReadError(path);

        Assert.StartsWith(
            $"{path}, line 2, column 3 (\"c\"): the cell \"x\\n3,4,y\" spans",
            message);
        Assert.Contains("quote (\") is not closed", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_NamesPath()
    {
        var path = Path.Combine(_folder.Path, "missing.csv");

        var exception = Assert.Throws<FileNotFoundException>(() => CsvDatasetReader.Read(path));

        Assert.Equal(path, exception.FileName);
        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TargetNameAndIndex_IsRejected()
    {
        var options = new CsvReadOptions { TargetColumnName = "c", TargetColumnIndex = 2 };

        var exception = Assert.Throws<ArgumentException>(
            () => CsvDatasetReader.Read(new StringReader("1,2,3\n"), "inline", options));

        Assert.Equal("options", exception.ParamName);
    }

    [Fact]
    public void Read_TargetNameWithoutHeader_IsRejected()
    {
        var options = new CsvReadOptions { TargetColumnName = "c", Header = CsvHeader.Absent };

        var exception = Assert.Throws<ArgumentException>(
            () => CsvDatasetReader.Read(new StringReader("1,2,3\n"), "inline", options));

        Assert.Equal("options", exception.ParamName);
    }

    [Fact]
    public void Read_NegativeTargetIndex_IsRejected()
    {
        var options = new CsvReadOptions { TargetColumnIndex = -1 };

        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => CsvDatasetReader.Read(new StringReader("1,2,3\n"), "inline", options));

        Assert.Equal("options", exception.ParamName);
    }

    [Theory]
    [InlineData('"')]
    [InlineData('\n')]
    public void Read_UnsupportedSeparator_IsRejected(char separator)
    {
        var options = new CsvReadOptions { Separator = separator };

        var exception = Assert.Throws<ArgumentException>(
            () => CsvDatasetReader.Read(new StringReader("1,2,3\n"), "inline", options));

        Assert.Equal("options", exception.ParamName);
        Assert.Contains("separator", exception.Message, StringComparison.Ordinal);
    }

    private static string ReadError(string path) =>
        Assert.Throws<InvalidDataException>(() => CsvDatasetReader.Read(path)).Message;
}
