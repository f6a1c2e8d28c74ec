namespace Mlp.Exercises;

/// <summary>One example of an exercise: inputs x and targets y.</summary>
/// <param name="Inputs">Inputs x, one per input unit.</param>
/// <param name="Targets">Targets y, one per output unit.</param>
public sealed record TrainingExample(IReadOnlyList<double> Inputs, IReadOnlyList<double> Targets);
