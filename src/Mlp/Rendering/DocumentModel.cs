namespace Mlp.Rendering;

/// <summary>A part of a rendered document: a heading, a paragraph, an equation or a table.</summary>
public abstract record Block;

/// <summary>A section heading; level 1 is the title.</summary>
/// <param name="Level">1 for the title, 2 for a section, 3 for a subsection.</param>
/// <param name="Text">Heading text, plain.</param>
public sealed record Heading(int Level, string Text) : Block;

/// <summary>A paragraph of prose with inline formulas.</summary>
/// <param name="Parts">Text and formulas, in order.</param>
public sealed record Paragraph(IReadOnlyList<Inline> Parts) : Block;

/// <summary>A displayed equation: sides joined by "=", each side a row of terms.</summary>
/// <param name="Sides">The sides, left to right; a long equation breaks between sides.</param>
public sealed record Equation(IReadOnlyList<IReadOnlyList<Term>> Sides) : Block;

/// <summary>A table of plain cells with a header row.</summary>
/// <param name="Header">Column titles.</param>
/// <param name="Rows">Cells, row by row.</param>
/// <param name="RightAligned">Per column, whether cells align right (numbers) or left.</param>
public sealed record Table(
    IReadOnlyList<string> Header,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<bool> RightAligned) : Block;

/// <summary>A piece of a paragraph.</summary>
public abstract record Inline;

/// <summary>Plain prose.</summary>
/// <param name="Text">The words, in Unicode.</param>
public sealed record Prose(string Text) : Inline;

/// <summary>An inline formula.</summary>
/// <param name="Symbol">The formula.</param>
public sealed record InlineMath(Symbol Symbol) : Inline;

/// <summary>One term of an equation.</summary>
public abstract record Term;

/// <summary>A formula written out in both notations.</summary>
/// <param name="Text">Unicode form, such as <c>∂L/∂z[3]</c>.</param>
/// <param name="Latex">LaTeX form, such as <c>\frac{\partial L}{\partial z^{[3]}}</c>.</param>
public sealed record Symbol(string Text, string Latex) : Term;

/// <summary>A matrix of numbers, printed with the document's decimals.</summary>
/// <param name="Rows">Number of rows.</param>
/// <param name="Columns">Number of columns.</param>
/// <param name="Values">Values row by row.</param>
public sealed record MatrixTerm(int Rows, int Columns, IReadOnlyList<double> Values) : Term
{
    /// <summary>Returns a column vector.</summary>
    public static MatrixTerm Column(IReadOnlyList<double> values) => new(values.Count, 1, values);

    /// <summary>Returns a row vector.</summary>
    public static MatrixTerm Row(IReadOnlyList<double> values) => new(1, values.Count, values);

    /// <summary>Returns the value at a row and column.</summary>
    public double this[int row, int column] => Values[(row * Columns) + column];
}

/// <summary>A single number, printed with the document's decimals.</summary>
/// <param name="Value">The number.</param>
public sealed record NumberTerm(double Value) : Term;

/// <summary>A document: a title and its blocks in order.</summary>
/// <param name="Blocks">Every block, the title first.</param>
public sealed record Document(IReadOnlyList<Block> Blocks);
