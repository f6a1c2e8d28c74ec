namespace Mlp.Training;

/// <summary>Optimizer that turns gradients into parameter updates, as scikit-learn's <c>solver</c>.</summary>
public enum Solver
{
    /// <summary>Stochastic gradient descent with optional (Nesterov) momentum.</summary>
    Sgd,

    /// <summary>Adam (Kingma and Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015).</summary>
    Adam,
}
