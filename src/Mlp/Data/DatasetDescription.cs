namespace Mlp.Data;

/// <summary>
/// Facts about a built-in data set for people: its size, what the features and the target are,
/// where it comes from and under which licence.
/// </summary>
public sealed record DatasetDescription
{
    /// <summary>Short name used on the command line, such as digits.</summary>
    public required string Name { get; init; }

    /// <summary>Full title of the data set.</summary>
    public required string Title { get; init; }

    /// <summary>Number of rows (examples).</summary>
    public required int RowCount { get; init; }

    /// <summary>Number of features per row.</summary>
    public required int FeatureCount { get; init; }

    /// <summary>Number of target classes.</summary>
    public required int ClassCount { get; init; }

    /// <summary>What the features measure, their layout and range.</summary>
    public required string Features { get; init; }

    /// <summary>What the target is.</summary>
    public required string Target { get; init; }

    /// <summary>Who made the data, when and how, and how the shipped copy relates to it.</summary>
    public required string Origin { get; init; }

    /// <summary>Licence under which the data may be used and shared.</summary>
    public required string Licence { get; init; }

    /// <summary>Credit line to show with the data, as the licence requires.</summary>
    public required string Attribution { get; init; }

    /// <summary>Web page of the original data.</summary>
    public required Uri Source { get; init; }
}
