namespace Mlp.Cli.Training;

/// <summary>What <c>mlp train</c> fits (<c>--task</c>).</summary>
internal enum TrainingTask
{
    /// <summary>A classifier scored by accuracy.</summary>
    Classification,

    /// <summary>A regressor scored by R².</summary>
    Regression,
}
