using System.Globalization;

namespace Mlp.Estimators;

/// <summary>
/// Thrown by prediction when an output of the network is NaN or infinite, so no label,
/// probability or value can be given for that row.
/// </summary>
/// <remarks>
/// A fitted network has finite weights. Weights large enough (for example from an edited model
/// file), or features far outside the training range, still overflow an activation to ±∞, and
/// softmax or a later layer then turns ∞ into NaN.
/// </remarks>
public sealed class NonFiniteOutputException : InvalidOperationException
{
    /// <summary>Creates the exception for output <paramref name="output"/> of row <paramref name="row"/>.</summary>
    /// <param name="row">Row, from 0, of the features passed to the prediction method.</param>
    /// <param name="output">Output unit, from 0.</param>
    /// <param name="value">The output: NaN or an infinity.</param>
    public NonFiniteOutputException(int row, int output, double value)
        : base(
            $"Output {output} of the network for row {row} is " +
            $"{value.ToString(CultureInfo.InvariantCulture)}: an activation overflowed, so " +
            "the row cannot be predicted. The weights may be damaged or come from a training run " +
            "that diverged, or the row's features may be far outside the training range.")
    {
        Row = row;
        Output = output;
        Value = value;
    }

    /// <summary>Creates the exception with a message.</summary>
    public NonFiniteOutputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public NonFiniteOutputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public NonFiniteOutputException()
        : base("An output of the network is NaN or infinite, so the row cannot be predicted.")
    {
    }

    /// <summary>Row, from 0, of the features passed to the prediction method.</summary>
    public int Row { get; }

    /// <summary>Output unit, from 0, whose value is not finite.</summary>
    public int Output { get; }

    /// <summary>The output value: NaN, +∞ or −∞.</summary>
    public double Value { get; }
}
