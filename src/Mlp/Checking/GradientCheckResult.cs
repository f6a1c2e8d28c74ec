namespace Mlp.Checking;

/// <summary>The outcome of a gradient check: one entry per weight and bias.</summary>
public sealed class GradientCheckResult
{
    internal GradientCheckResult(IReadOnlyList<GradientCheckEntry> entries, double step, double tolerance)
    {
        Entries = entries;
        Step = step;
        Tolerance = tolerance;
    }

    /// <summary>Every parameter, layer by layer: weights row by row, then biases.</summary>
    public IReadOnlyList<GradientCheckEntry> Entries { get; }

    /// <summary>Step ε of the central difference.</summary>
    public double Step { get; }

    /// <summary>Largest relative error that counts as agreement.</summary>
    public double Tolerance { get; }

    /// <summary>Largest relative error over all parameters.</summary>
    public double MaxRelativeError => Entries.Max(entry => entry.RelativeError);

    /// <summary>Whether every parameter agrees.</summary>
    public bool AllAgree => Entries.All(entry => entry.Agrees);
}
