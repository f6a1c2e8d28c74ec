namespace Mlp.Checking;

/// <summary>Whether one given quantity is right and, when it is wrong, what it follows from.</summary>
public sealed class AnswerVerdict
{
    internal AnswerVerdict(
        StepQuantity quantity,
        IReadOnlyList<GivenNumber?> given,
        IReadOnlyList<double> expected,
        bool isRight)
    {
        Quantity = quantity;
        Given = given;
        Expected = expected;
        IsRight = isRight;
    }

    /// <summary>The quantity checked.</summary>
    public StepQuantity Quantity { get; }

    /// <summary>
    /// The numbers given, row by row in the quantity's own layout (a matrix written transposed
    /// is turned back); null where an element was left out.
    /// </summary>
    public IReadOnlyList<GivenNumber?> Given { get; }

    /// <summary>The exact values, row by row.</summary>
    public IReadOnlyList<double> Expected { get; }

    /// <summary>Whether every given element is within its tolerance of the exact value.</summary>
    public bool IsRight { get; }

    /// <summary>The common mistake whose replayed step gives the wrong value, if one does.</summary>
    public CommonMistake? Mistake { get; internal init; }

    /// <summary>
    /// The earlier wrong quantity that this value follows from correctly, if it does: the error
    /// was carried over, not made here.
    /// </summary>
    public StepQuantity? CarriedOverFrom { get; internal init; }

    /// <summary>Whether a matrix was written with rows and columns swapped.</summary>
    public bool WrittenTransposed { get; internal init; }
}
