using Mlp.Checking;
using Mlp.Exercises;
using Mlp.Rendering;
using Mlp.Tests.Exercises;

namespace Mlp.Tests.Rendering;

public class DocumentRendererTests
{
    public static TheoryData<StepProblem> Exercises() =>
    [
        ExerciseProblems.IdentitySquaredError(),
        ExerciseProblems.SoftmaxCrossEntropy(),
        ExerciseProblems.IdentitySquaredError(ExerciseProblems.First, ExerciseProblems.Second),
        ExerciseProblems.SoftmaxCrossEntropy(ExerciseProblems.First, ExerciseProblems.Second),
    ];

    [Theory]
    [MemberData(nameof(Exercises))]
    public void Text_Exercise_StaysWithin80Columns(StepProblem problem)
    {
        var text = Render(problem, DocumentFormat.Text, new RenderOptions());

        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 80, $"{line.Length}: {line}"));
    }

    [Theory]
    [MemberData(nameof(Exercises))]
    public void Ascii_Exercise_HasOnlyAscii(StepProblem problem)
    {
        var text = Render(problem, DocumentFormat.Text, new RenderOptions(Ascii: true));

        Assert.All(text, character => Assert.True(character < 128, $"'{character}' (U+{(int)character:X4})"));
    }

    [Theory]
    [MemberData(nameof(Exercises))]
    public void Latex_Exercise_HasOnlyAscii(StepProblem problem)
    {
        // pdflatex with inputenc stops at a Unicode character it has no definition for; plain
        // ASCII needs none.
        var latex = Render(problem, DocumentFormat.Latex, new RenderOptions());

        Assert.All(latex, character => Assert.True(character < 128, $"'{character}' (U+{(int)character:X4})"));
        Assert.StartsWith(@"\documentclass", latex);
        Assert.EndsWith("\\end{document}\n", latex);
    }

    [Fact]
    public void Markdown_Exercise_PairsEveryDisplayDelimiter()
    {
        var markdown = Render(ExerciseProblems.IdentitySquaredError(), DocumentFormat.Markdown, new RenderOptions());

        var delimiters = markdown.Split('\n').Count(line => line == "$$");
        Assert.True(delimiters > 0);
        Assert.Equal(0, delimiters % 2);
        Assert.Contains(@"\begin{pmatrix}", markdown);
    }

    [Theory]
    [InlineData(0, "│ 0 │")]
    [InlineData(1, "0.3")]
    [InlineData(2, "0.29 ")]
    [InlineData(6, "0.291313")]
    public void Decimals_SetEveryMatrixEntry(int decimals, string expected)
    {
        var text = Render(ExerciseProblems.IdentitySquaredError(), DocumentFormat.Text, new RenderOptions(decimals));

        Assert.Contains(expected, text);
    }

    [Fact]
    public void Render_DecimalsOutOfRange_Throws()
    {
        var document = Derivations.Build("tanh");

        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => DocumentRenderer.Render(document, DocumentFormat.Text, new RenderOptions(16)));

        Assert.Equal("options", exception.ParamName);
    }

    [Theory]
    [InlineData("tanh", "g′(z) = 1 − h²")]
    [InlineData("logistic", "g′(z) = h (1 − h)")]
    [InlineData("relu", "g′(z) = 1 where h > 0, 0 elsewhere")]
    [InlineData("softmax-cross-entropy", "∂L/∂z = p − y")]
    [InlineData("logistic-cross-entropy", "= ŷ − y")]
    [InlineData("squared-error", "∂L/∂z = ŷ − y")]
    public void Derivation_ReachesTheBackpropForm(string name, string result)
    {
        var document = Derivations.Build(name);

        var text = DocumentRenderer.Render(document, DocumentFormat.Text, new RenderOptions());
        var latex = DocumentRenderer.Render(document, DocumentFormat.Latex, new RenderOptions());
        var ascii = DocumentRenderer.Render(document, DocumentFormat.Text, new RenderOptions(Ascii: true));

        Assert.Contains(result, text);
        Assert.All(latex, character => Assert.True(character < 128, $"'{character}' in {name}"));
        Assert.All(ascii, character => Assert.True(character < 128, $"'{character}' in {name}"));
    }

    [Fact]
    public void Derivation_UnknownName_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => Derivations.Build("sigmoid-prime"));

        Assert.Equal("name", exception.ParamName);
        Assert.Contains("tanh, logistic, relu, softmax-cross-entropy", exception.Message);
    }

    [Fact]
    public void GradientCheckSection_ListsEveryParameter()
    {
        var problem = ExerciseProblems.SoftmaxCrossEntropy();
        var check = GradientCheck.Run(problem.Network, problem.Examples, problem.Loss);

        var text = DocumentRenderer.Render(
            WorkedSolution.Build(GradientDescentStep.Solve(problem), check), DocumentFormat.Text, new RenderOptions());

        Assert.Contains("W[1][4,4]", text);
        Assert.Contains("b[3][3]", text);
        Assert.Contains($"All {check.Entries.Count} gradients agree", text);
    }

    private static string Render(StepProblem problem, DocumentFormat format, RenderOptions options) =>
        DocumentRenderer.Render(WorkedSolution.Build(GradientDescentStep.Solve(problem)), format, options);
}
