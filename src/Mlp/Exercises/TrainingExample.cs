using System.Collections.ObjectModel;

namespace Mlp.Exercises;

/// <summary>One example of an exercise: inputs x and targets y.</summary>
/// <remarks>
/// The example keeps its own copies of the values, so changing the lists passed in afterwards
/// does not change the example.
/// </remarks>
public sealed record TrainingExample
{
    private readonly IReadOnlyList<double> inputs;
    private readonly IReadOnlyList<double> targets;

    /// <summary>Creates an example from copies of its inputs and targets.</summary>
    /// <param name="inputs">Inputs x, one per input unit.</param>
    /// <param name="targets">Targets y, one per output unit.</param>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="inputs"/> or <paramref name="targets"/> is null.
    /// </exception>
    public TrainingExample(IReadOnlyList<double> inputs, IReadOnlyList<double> targets)
    {
        this.inputs = Copy(inputs, nameof(inputs));
        this.targets = Copy(targets, nameof(targets));
    }

    /// <summary>Inputs x, one per input unit.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<double> Inputs
    {
        get => inputs;
        init => inputs = Copy(value, nameof(Inputs));
    }

    /// <summary>Targets y, one per output unit.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<double> Targets
    {
        get => targets;
        init => targets = Copy(value, nameof(Targets));
    }

    /// <summary>Whether both examples have the same inputs and targets, value for value.</summary>
    public bool Equals(TrainingExample? other) =>
        other is not null && inputs.SequenceEqual(other.inputs) && targets.SequenceEqual(other.targets);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var value in inputs)
        {
            hash.Add(value);
        }

        foreach (var value in targets)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the inputs and the targets, as <c>var (x, y) = example</c> reads them.</summary>
    public void Deconstruct(out IReadOnlyList<double> inputs, out IReadOnlyList<double> targets)
    {
        inputs = this.inputs;
        targets = this.targets;
    }

    private static ReadOnlyCollection<double> Copy(IReadOnlyList<double> values, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        return Array.AsReadOnly([.. values]);
    }
}
