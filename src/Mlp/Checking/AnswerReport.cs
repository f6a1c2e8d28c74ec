namespace Mlp.Checking;

/// <summary>The outcome of checking an answers file against the exact step.</summary>
public sealed class AnswerReport
{
    internal AnswerReport(string source, IReadOnlyList<AnswerVerdict> verdicts)
    {
        Source = source;
        Verdicts = verdicts;
    }

    /// <summary>Name of the answers file.</summary>
    public string Source { get; }

    /// <summary>One verdict per quantity given, in the order the step computes them.</summary>
    public IReadOnlyList<AnswerVerdict> Verdicts { get; }

    /// <summary>Number of quantities that are right.</summary>
    public int RightCount => Verdicts.Count(verdict => verdict.IsRight);

    /// <summary>Number of quantities that are wrong.</summary>
    public int WrongCount => Verdicts.Count - RightCount;

    /// <summary>Whether every quantity given is right.</summary>
    public bool AllRight => WrongCount == 0;

    /// <summary>The first wrong quantity in the order of the step, or null.</summary>
    public AnswerVerdict? FirstWrong => Verdicts.FirstOrDefault(verdict => !verdict.IsRight);
}
