namespace Mlp.Exercises;

/// <summary>How the gradients of the examples of a batch combine into one step.</summary>
public enum GradientReduction
{
    /// <summary>The sum of the examples' gradients, the textbook's convention for a batch step.</summary>
    Sum,

    /// <summary>The mean of the examples' gradients, as most libraries do.</summary>
    Mean,
}
