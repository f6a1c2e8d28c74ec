using Mlp.Checking;

namespace Mlp.Tests.Checking;

public class AnswerSheetTests
{
    [Fact]
    public void Parse_NullEntries_AreLeftOut()
    {
        var sheet = AnswerSheet.Parse(
            """{"updated": {"weights": [null, null, [[0.1, 0.2], [0.3, null]]]}, "loss": null}""",
            "a.json");

        var answer = Assert.Single(sheet.Answers);
        Assert.Equal("updated.weights[2]", answer.Path);
        Assert.Equal((2, 2), (answer.Rows, answer.Columns));
        Assert.Null(answer.Numbers[3]);
        Assert.Equal("0.3", answer.Numbers[2]!.Value.Text);
    }

    [Fact]
    public void Parse_NetworkAndGradientCheck_AreReadPast()
    {
        var sheet = AnswerSheet.Parse(
            """{"network": {"layers": [4, 3]}, "gradientCheck": {"allAgree": true}, "loss": 0.5}""",
            "a.json");

        Assert.Equal("loss", Assert.Single(sheet.Answers).Path);
    }

    [Theory]
    [InlineData("""{"los": 1}""", "a.json: $.los: unknown field; expected one of network,")]
    [InlineData("""{"examples": [{"activation": [[1]]}]}""", "a.json: $.examples[0].activation: unknown field")]
    [InlineData("""{"loss": "0.5"}""", "a.json: $.loss: expected a number, got the string \"0.5\".")]
    [InlineData(
        """{"examples": [{"activations": [[0.1, "x"]]}]}""",
        "a.json: $.examples[0].activations[0][1]: expected a number")]
    [InlineData(
        """{"updated": {"weights": [[[1, 2], [3]]]}}""",
        "a.json: $.updated.weights[0][1]: row of 1 numbers; row 0 has 2.")]
    [InlineData("""{"updated": {"weights": [[]]}}""", "a.json: $.updated.weights[0]: empty matrix")]
    [InlineData(
        """{"updated": {"bias": []}}""",
        "a.json: $.updated.bias: unknown field; expected one of weights, biases.")]
    [InlineData("""[1, 2]""", "a.json: $: expected an object with the fields of a step")]
    [InlineData("{\n  \"loss\": 0.5,\n  \"examples\": [\n}", "a.json: line 4, column 1: invalid JSON")]
    public void Parse_MalformedAnswers_ThrowsNamingFileAndPath(string json, string expected)
    {
        var exception = Assert.Throws<InvalidDataException>(() => AnswerSheet.Parse(json, "a.json"));

        Assert.StartsWith(expected, exception.Message);
        Assert.DoesNotContain('\n', exception.Message);
    }

    [Theory]
    [InlineData("""{"loss": 0.3764, "loss": 0.38}""", "a.json: $.loss: given more than once")]
    [InlineData("""{"loss": null, "loss": 0.38}""", "a.json: $.loss: given more than once")]
    [InlineData(
        """{"examples": [{"deltas": [null], "deltas": [null]}]}""",
        "a.json: $.examples[0].deltas: given more than once")]
    [InlineData(
        """{"network": {"layers": [4, 3], "layers": [4, 3]}}""",
        "a.json: $.network.layers: given more than once")]
    public void Parse_DuplicateField_ThrowsWithPath(string json, string expected)
    {
        var exception = Assert.Throws<InvalidDataException>(() => AnswerSheet.Parse(json, "a.json"));

        Assert.Equal(expected + "; keep one of the values.", exception.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n ")]
    public void Parse_EmptyText_ReportsEmptyFile(string json)
    {
        var exception = Assert.Throws<InvalidDataException>(() => AnswerSheet.Parse(json, "a.json"));

        Assert.Equal(
            "a.json: the file is empty; write a JSON object with the fields of mlp step's JSON output.",
            exception.Message);
    }

    [Fact]
    public void Load_MissingFile_ThrowsIOException()
    {
        Assert.ThrowsAny<IOException>(() => AnswerSheet.Load(Path.Combine(Path.GetTempPath(), "no-such-answers.json")));
    }
}
