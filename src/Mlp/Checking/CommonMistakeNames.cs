namespace Mlp.Checking;

/// <summary>Describes common mistakes in words for reports.</summary>
public static class CommonMistakeNames
{
    /// <summary>Returns a short description of <paramref name="mistake"/>.</summary>
    public static string Describe(this CommonMistake mistake) => mistake switch
    {
        CommonMistake.DerivativeOfPreActivation =>
            "the derivative taken of z instead of h: 1 − z² in place of 1 − h² for tanh, " +
            "z (1 − z) in place of h (1 − h) for logistic",
        CommonMistake.DerivativeOfActivation =>
            "the derivative taken of z instead of h: 1 − tanh(h)² in place of 1 − h² for tanh, " +
            "σ(h) (1 − σ(h)) in place of h (1 − h) for logistic",
        CommonMistake.TransposedWeights => "a transposed weight matrix",
        CommonMistake.MeanInsteadOfSum => "the mean of the examples' gradients where the sum was asked",
        CommonMistake.SumInsteadOfMean => "the sum of the examples' gradients where the mean was asked",
        CommonMistake.ForgottenBias => "a forgotten bias: z = W h without + b",
        CommonMistake.UpdateAdded =>
            "the update added instead of subtracted: θ + η ∂L/∂θ in place of θ − η ∂L/∂θ",
        _ => throw new ArgumentOutOfRangeException(nameof(mistake), mistake, null),
    };
}
