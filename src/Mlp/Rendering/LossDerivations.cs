namespace Mlp.Rendering;

/// <summary>Derivations of the output delta ∂L/∂z for each output and loss pair.</summary>
internal static class LossDerivations
{
    public static Document SoftmaxCrossEntropy() => new DocumentBuilder()
        .Heading(1, "Derivative of softmax with cross-entropy")
        .Paragraph("With ", new Symbol("pₖ = e^(zₖ) / Σⱼ e^(zⱼ)", @"p_k = e^{z_k} / \sum_j e^{z_j}"),
            " and ", Formulas.CrossEntropy, ", take the log of the softmax in its log-sum-exp form:")
        .Equation(Derivations.Chain(
            new Symbol("log pₖ", @"\log p_k"),
            new Symbol("zₖ − log Σⱼ e^(zⱼ)", @"z_k - \log \sum_j e^{z_j}")))
        .Equation(Derivations.Chain(
            new Symbol("L", "L"),
            new Symbol(
                "−Σₖ yₖ zₖ + (Σₖ yₖ) log Σⱼ e^(zⱼ)",
                @"-\sum_k y_k z_k + \Big(\sum_k y_k\Big) \log \sum_j e^{z_j}")))
        .Paragraph("The derivative of the log-sum-exp is the softmax itself:")
        .Equation(Derivations.Chain(
            new Symbol("∂/∂zᵢ log Σⱼ e^(zⱼ)", @"\frac{\partial}{\partial z_i} \log \sum_j e^{z_j}"),
            new Symbol("e^(zᵢ) / Σⱼ e^(zⱼ)", @"\frac{e^{z_i}}{\sum_j e^{z_j}}"),
            new Symbol("pᵢ", "p_i")))
        .Equation(Derivations.Chain(
            new Symbol("∂L/∂zᵢ", @"\frac{\partial L}{\partial z_i}"),
            new Symbol("−yᵢ + (Σₖ yₖ) pᵢ", @"-y_i + \Big(\sum_k y_k\Big) p_i")))
        .Paragraph("The targets of one example sum to 1 (a one-hot vector, or probabilities), so:")
        .Equation(Derivations.Chain(
            new Symbol("∂L/∂z", @"\frac{\partial L}{\partial z}"),
            new Symbol("p − y", "p - y")))
        .Build();

    public static Document LogisticCrossEntropy() => new DocumentBuilder()
        .Heading(1, "Derivative of a logistic output with binary cross-entropy")
        .Paragraph("Per output unit, ", new Symbol("ŷ = σ(z)", @"\hat{y} = \sigma(z)"), " and ",
            new Symbol(
                "L = −[y log ŷ + (1 − y) log(1 − ŷ)]",
                @"L = -\left[y \log \hat{y} + (1 - y) \log(1 - \hat{y})\right]"),
            ". First the derivative with respect to the output:")
        .Equation(Derivations.Chain(
            new Symbol("∂L/∂ŷ", @"\frac{\partial L}{\partial \hat{y}}"),
            new Symbol("−y/ŷ + (1 − y)/(1 − ŷ)", @"-\frac{y}{\hat{y}} + \frac{1 - y}{1 - \hat{y}}"),
            new Symbol("(ŷ − y) / (ŷ (1 − ŷ))", @"\frac{\hat{y} - y}{\hat{y} (1 - \hat{y})}")))
        .Paragraph("The logistic function's derivative is ",
            new Symbol("∂ŷ/∂z = ŷ (1 − ŷ)", @"\partial \hat{y} / \partial z = \hat{y} (1 - \hat{y})"),
            ", which cancels the denominator in the chain rule:")
        .Equation(Derivations.Chain(
            new Symbol("∂L/∂z", @"\frac{\partial L}{\partial z}"),
            new Symbol(
                "∂L/∂ŷ · ∂ŷ/∂z",
                @"\frac{\partial L}{\partial \hat{y}} \cdot \frac{\partial \hat{y}}{\partial z}"),
            new Symbol("ŷ − y", @"\hat{y} - y")))
        .Build();

    public static Document SquaredError() => new DocumentBuilder()
        .Heading(1, "Derivative of the squared error")
        .Paragraph(
            "With ",
            Formulas.SquaredError,
            ", the ",
            new Symbol("½", @"\frac{1}{2}"),
            " cancels the 2 that the power brings down:")
        .Equation(Derivations.Chain(
            new Symbol("∂L/∂ŷₖ", @"\frac{\partial L}{\partial \hat{y}_k}"),
            new Symbol("½ · 2 (ŷₖ − yₖ)", @"\frac{1}{2} \cdot 2 (\hat{y}_k - y_k)"),
            new Symbol("ŷₖ − yₖ", @"\hat{y}_k - y_k")))
        .Paragraph("With an identity output ", new Symbol("ŷ = z", @"\hat{y} = z"), ", this is already the delta:")
        .Equation(Derivations.Chain(
            new Symbol("∂L/∂z", @"\frac{\partial L}{\partial z}"),
            new Symbol("ŷ − y", @"\hat{y} - y")))
        .Paragraph("With another output activation g, the chain rule multiplies by ",
            new Symbol("g′(z)", "g'(z)"), ", for a logistic output:")
        .Equation(Derivations.Chain(
            new Symbol("∂L/∂z", @"\frac{\partial L}{\partial z}"),
            new Symbol("(ŷ − y) ⊙ ŷ ⊙ (1 − ŷ)", @"(\hat{y} - y) \odot \hat{y} \odot (1 - \hat{y})")))
        .Build();
}
