namespace Mlp.Rendering;

/// <summary>Formulas of losses and derivatives that worked solutions and derivations quote.</summary>
internal static class Formulas
{
    public static Symbol SquaredErrorSum { get; } =
        new("½ Σₖ (ŷₖ − yₖ)²", @"\frac{1}{2} \sum_k (\hat{y}_k - y_k)^2");

    public static Symbol SquaredError { get; } =
        new("L = ½ Σₖ (ŷₖ − yₖ)²", @"L = \frac{1}{2} \sum_k (\hat{y}_k - y_k)^2");

    public static Symbol CrossEntropySum { get; } = new("−Σₖ yₖ log pₖ", @"-\sum_k y_k \log p_k");

    public static Symbol CrossEntropy { get; } = new("L = −Σₖ yₖ log pₖ", @"L = -\sum_k y_k \log p_k");

    public static Symbol BinaryCrossEntropySum { get; } = new(
        "−Σₖ [yₖ log ŷₖ + (1 − yₖ) log(1 − ŷₖ)]",
        @"-\sum_k \left[ y_k \log \hat{y}_k + (1 - y_k) \log(1 - \hat{y}_k) \right]");

    public static Symbol BinaryCrossEntropy { get; } = new(
        "L = −Σₖ [yₖ log ŷₖ + (1 − yₖ) log(1 − ŷₖ)]",
        @"L = -\sum_k \left[ y_k \log \hat{y}_k + (1 - y_k) \log(1 - \hat{y}_k) \right]");

    public static Symbol GradientStep { get; } =
        new("θ ← θ − η ∂L/∂θ", @"\theta \leftarrow \theta - \eta \frac{\partial L}{\partial \theta}");
}
