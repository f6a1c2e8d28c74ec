namespace Mlp.Rendering;

/// <summary>Derivations of the hidden activations' derivatives, ending in the form backprop uses.</summary>
internal static class ActivationDerivations
{
    public static Document Tanh() => new DocumentBuilder()
        .Heading(1, "Derivative of tanh")
        .Paragraph("Write tanh with exponentials and apply the quotient rule ",
            new Symbol("(f/g)′ = (f′g − fg′)/g²", @"(f/g)' = (f'g - fg')/g^2"),
            ", using ", new Symbol("(e^z)′ = e^z", @"(e^z)' = e^z"), " and ",
            new Symbol("(e^−z)′ = −e^−z", @"(e^{-z})' = -e^{-z}"), ":")
        .Equation(Derivations.Chain(
            new Symbol("tanh(z)", @"\tanh(z)"),
            new Symbol("(e^z − e^−z) / (e^z + e^−z)", @"\frac{e^z - e^{-z}}{e^z + e^{-z}}")))
        .Equation(Derivations.Chain(
            new Symbol("d tanh(z)/dz", @"\frac{d}{dz} \tanh(z)"),
            new Symbol(
                "[(e^z + e^−z)(e^z + e^−z) − (e^z − e^−z)(e^z − e^−z)] / (e^z + e^−z)²",
                @"\frac{(e^z + e^{-z})(e^z + e^{-z}) - (e^z - e^{-z})(e^z - e^{-z})}{(e^z + e^{-z})^2}"),
            new Symbol("1 − (e^z − e^−z)² / (e^z + e^−z)²", @"1 - \frac{(e^z - e^{-z})^2}{(e^z + e^{-z})^2}"),
            new Symbol("1 − tanh²(z)", @"1 - \tanh^2(z)")))
        .Paragraph("Backprop keeps the activation ", new Symbol("h = tanh(z)", @"h = \tanh(z)"),
            ", so the derivative costs one multiplication:")
        .Equation(Derivations.Chain(new Symbol("g′(z)", "g'(z)"), new Symbol("1 − h²", "1 - h^2")))
        .Build();

    public static Document Logistic() => new DocumentBuilder()
        .Heading(1, "Derivative of the logistic function")
        .Paragraph("Differentiate ", new Symbol("σ(z) = (1 + e^−z)^−1", @"\sigma(z) = (1 + e^{-z})^{-1}"),
            " with the chain rule:")
        .Equation(Derivations.Chain(
            new Symbol("dσ/dz", @"\frac{d\sigma}{dz}"),
            new Symbol("−(1 + e^−z)^−2 · (−e^−z)", @"-(1 + e^{-z})^{-2} \cdot (-e^{-z})"),
            new Symbol("e^−z / (1 + e^−z)²", @"\frac{e^{-z}}{(1 + e^{-z})^2}"),
            new Symbol("[1 / (1 + e^−z)] · [e^−z / (1 + e^−z)]",
                @"\frac{1}{1 + e^{-z}} \cdot \frac{e^{-z}}{1 + e^{-z}}")))
        .Paragraph("The second factor is ",
            new Symbol("e^−z / (1 + e^−z) = 1 − 1 / (1 + e^−z) = 1 − σ(z)",
                @"\frac{e^{-z}}{1 + e^{-z}} = 1 - \frac{1}{1 + e^{-z}} = 1 - \sigma(z)"), ", so:")
        .Equation(Derivations.Chain(
            new Symbol("dσ/dz", @"\frac{d\sigma}{dz}"),
            new Symbol("σ(z) (1 − σ(z))", @"\sigma(z) (1 - \sigma(z))")))
        .Paragraph("With the activation ", new Symbol("h = σ(z)", @"h = \sigma(z)"), " that backprop keeps:")
        .Equation(Derivations.Chain(new Symbol("g′(z)", "g'(z)"), new Symbol("h (1 − h)", "h (1 - h)")))
        .Build();

    public static Document Relu() => new DocumentBuilder()
        .Heading(1, "Derivative of relu")
        .Paragraph(new Symbol("relu(z) = max(z, 0)", @"\operatorname{relu}(z) = \max(z, 0)"),
            " is z for z > 0 and 0 for z < 0, so its derivative is the slope of each piece:")
        .Equation(Derivations.Chain(
            new Symbol("d relu(z)/dz", @"\frac{d}{dz} \operatorname{relu}(z)"),
            new Symbol("1 for z > 0,  0 for z < 0", @"\begin{cases} 1 & z > 0 \\ 0 & z < 0 \end{cases}")))
        .Paragraph("At z = 0 the function has a kink and no derivative; backprop takes 0 there, as ",
            "scikit-learn does. Because h = relu(z) is positive exactly where z is, the derivative ",
            "comes from h:")
        .Equation(Derivations.Chain(
            new Symbol("g′(z)", "g'(z)"),
            new Symbol("1 where h > 0, 0 elsewhere", @"\mathbf{1}[h > 0]")))
        .Build();
}
