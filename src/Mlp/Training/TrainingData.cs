using System.Numerics;

namespace Mlp.Training;

/// <summary>Rows of inputs and encoded targets in contiguous row-major arrays.</summary>
/// <typeparam name="T">float or double.</typeparam>
internal sealed class TrainingData<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public TrainingData(T[] inputs, T[] targets, int rowCount, int inputCount, int outputCount)
    {
        if (inputs.Length != rowCount * inputCount || targets.Length != rowCount * outputCount)
        {
            throw new ArgumentException(
                $"Expected {rowCount} rows of {inputCount} inputs and {outputCount} targets.",
                nameof(inputs));
        }

        Inputs = inputs;
        Targets = targets;
        RowCount = rowCount;
        InputCount = inputCount;
        OutputCount = outputCount;
    }

    public T[] Inputs { get; }

    public T[] Targets { get; }

    public int RowCount { get; }

    public int InputCount { get; }

    public int OutputCount { get; }

    /// <summary>Column names of the inputs when the rows came from a data set; else null.</summary>
    public IReadOnlyList<string>? FeatureNames { get; init; }

    /// <summary>Column name of the target when the rows came from a data set; else null.</summary>
    public string? TargetName { get; init; }

    public ReadOnlySpan<T> InputRow(int row) => Inputs.AsSpan(row * InputCount, InputCount);

    public ReadOnlySpan<T> TargetRow(int row) => Targets.AsSpan(row * OutputCount, OutputCount);

    /// <summary>Returns the given rows, in the given order, as a new set.</summary>
    public TrainingData<T> Select(ReadOnlySpan<int> rows)
    {
        var inputs = new T[rows.Length * InputCount];
        var targets = new T[rows.Length * OutputCount];
        for (var i = 0; i < rows.Length; i++)
        {
            InputRow(rows[i]).CopyTo(inputs.AsSpan(i * InputCount, InputCount));
            TargetRow(rows[i]).CopyTo(targets.AsSpan(i * OutputCount, OutputCount));
        }

        return new TrainingData<T>(inputs, targets, rows.Length, InputCount, OutputCount);
    }
}
