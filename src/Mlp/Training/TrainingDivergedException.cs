namespace Mlp.Training;

/// <summary>
/// Thrown when the training loss or a weight becomes NaN or infinite; the estimator is left
/// unfitted rather than holding a broken model.
/// </summary>
public sealed class TrainingDivergedException : InvalidOperationException
{
    /// <summary>Creates the exception for a divergence in the given epoch.</summary>
    public TrainingDivergedException(int epoch, double loss)
        : base(
            $"Training diverged in epoch {epoch}: the loss became {loss} and the weights are no longer " +
            "finite numbers. Scale the inputs (for example with standard scaling) or lower the " +
            "learning rate.")
    {
        Epoch = epoch;
        Loss = loss;
    }

    /// <summary>Creates the exception with a message.</summary>
    public TrainingDivergedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public TrainingDivergedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public TrainingDivergedException()
        : base("Training diverged: the loss or the weights became NaN or infinite.")
    {
    }

    /// <summary>Epoch, from 1, in which training diverged.</summary>
    public int Epoch { get; }

    /// <summary>Loss of that epoch, NaN or infinite.</summary>
    public double Loss { get; }
}
