using Mlp.Rendering;

namespace Mlp.Tests.Rendering;

public class TextBoxTests
{
    [Fact]
    public void Matrix_AlignsColumnsRight_InBoxBrackets()
    {
        var box = TextBox.Matrix(new MatrixTerm(3, 2, [1, -2, 0.5, 10, 0, 0]), 1, ascii: false);

        Assert.Equal(["┌ 1.0  -2.0 ┐", "│ 0.5  10.0 │", "└ 0.0   0.0 ┘"], box.Lines);
        Assert.Equal(1, box.Baseline);
    }

    [Fact]
    public void Matrix_SingleRowAndAscii_UseSquareBrackets()
    {
        Assert.Equal(["[ 1  2 ]"], TextBox.Matrix(MatrixTerm.Row([1, 2]), 0, ascii: false).Lines);
        Assert.Equal(["[ 1 ]", "[ 2 ]"], TextBox.Matrix(MatrixTerm.Column([1, 2]), 0, ascii: true).Lines);
    }

    [Fact]
    public void Beside_LinesUpBaselines()
    {
        var tall = TextBox.Matrix(MatrixTerm.Column([1, 2, 3]), 0, ascii: true);
        var box = TextBox.Beside([TextBox.Line("x"), tall], [" = "]);

        Assert.Equal(["    [ 1 ]", "x = [ 2 ]", "    [ 3 ]"], box.Lines);
    }
}
