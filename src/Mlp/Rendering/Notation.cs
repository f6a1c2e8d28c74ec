using System.Globalization;
using Mlp.Activations;

namespace Mlp.Rendering;

/// <summary>
/// The symbols of worked solutions in Unicode and LaTeX, with layers numbered from 1 as
/// textbooks do: W[1] is the first weight matrix and h[0] the input x.
/// </summary>
public static class Notation
{
    /// <summary>"=" as a term inside one side.</summary>
    public static Symbol EqualsSign { get; } = new("=", "=");

    /// <summary>"+".</summary>
    public static Symbol Plus { get; } = new("+", "+");

    /// <summary>"−".</summary>
    public static Symbol Minus { get; } = new("−", "-");

    /// <summary>"⊙", the element-wise product.</summary>
    public static Symbol Hadamard { get; } = new("⊙", @"\odot");

    /// <summary>The learning rate η.</summary>
    public static Symbol Eta { get; } = new("η", @"\eta");

    /// <summary>Wide space between two formulas on one line.</summary>
    public static Symbol Gap { get; } = new("   ", @"\qquad");

    /// <summary>The input x.</summary>
    public static Symbol X { get; } = new("x", "x");

    /// <summary>The target y.</summary>
    public static Symbol Y { get; } = new("y", "y");

    /// <summary>The output ŷ.</summary>
    public static Symbol YHat { get; } = new("ŷ", @"\hat{y}");

    /// <summary>The softmax output p.</summary>
    public static Symbol P { get; } = new("p", "p");

    /// <summary>The loss L.</summary>
    public static Symbol Loss { get; } = new("L", "L");

    /// <summary>Returns z[l].</summary>
    public static Symbol Z(int layer) => Layered("z", layer);

    /// <summary>Returns h[l]; h[0] is the input.</summary>
    public static Symbol H(int layer) => Layered("h", layer);

    /// <summary>Returns W[l].</summary>
    public static Symbol W(int layer) => Layered("W", layer);

    /// <summary>Returns b[l].</summary>
    public static Symbol B(int layer) => Layered("b", layer);

    /// <summary>Returns the transpose of a symbol, such as W[2]ᵀ.</summary>
    public static Symbol Transposed(Symbol symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return new Symbol(symbol.Text + "ᵀ", "{" + symbol.Latex + @"}^{\top}");
    }

    /// <summary>Returns ∂L/∂s for a symbol s, such as ∂L/∂z[3].</summary>
    public static Symbol Gradient(Symbol symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return new Symbol($"∂L/∂{symbol.Text}", $@"\frac{{\partial L}}{{\partial {symbol.Latex}}}");
    }

    /// <summary>Returns ∂Lₙ/∂s, the gradient of example n's loss (n from 1).</summary>
    public static Symbol ExampleGradient(Symbol symbol, int example)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var n = example.ToString(CultureInfo.InvariantCulture);
        return new Symbol($"∂L{n}/∂{symbol.Text}", $@"\frac{{\partial L_{{{n}}}}}{{\partial {symbol.Latex}}}");
    }

    /// <summary>Returns g(z[l]) written with the activation's name, such as tanh(z[1]).</summary>
    public static Symbol Apply(Activation activation, int layer)
    {
        var z = Z(layer);
        return activation switch
        {
            Activation.Identity => z,
            Activation.Logistic => new Symbol($"σ({z.Text})", $@"\sigma({z.Latex})"),
            Activation.Tanh => new Symbol($"tanh({z.Text})", $@"\tanh({z.Latex})"),
            Activation.Relu => new Symbol($"max({z.Text}, 0)", $@"\max({z.Latex}, 0)"),
            _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, null),
        };
    }

    /// <summary>Returns g′(z[l]) written from h[l], such as (1 − h[1]²) for tanh.</summary>
    public static Symbol DerivativeFromActivation(Activation activation, int layer)
    {
        var h = H(layer);
        return activation switch
        {
            Activation.Identity => new Symbol("1", "1"),
            Activation.Logistic => new Symbol($"{h.Text} ⊙ (1 − {h.Text})", $@"{h.Latex} \odot (1 - {h.Latex})"),
            Activation.Tanh => new Symbol($"(1 − {h.Text}²)", $@"(1 - ({h.Latex})^{{2}})"),
            Activation.Relu => new Symbol($"1[{h.Text} > 0]", $@"\mathbf{{1}}[{h.Latex} > 0]"),
            _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, null),
        };
    }

    /// <summary>Returns g′(z[l]).</summary>
    public static Symbol Derivative(int layer)
    {
        var z = Z(layer);
        return new Symbol($"g′({z.Text})", $@"g'({z.Latex})");
    }

    /// <summary>Returns a number as given, such as η = 0.1, in its shortest form.</summary>
    public static Symbol Number(double value)
    {
        var text = NumberText.Shortest(value);
        return new Symbol(text.Replace('-', '−'), text);
    }

    private static Symbol Layered(string name, int layer)
    {
        var index = layer.ToString(CultureInfo.InvariantCulture);
        return new Symbol($"{name}[{index}]", $"{name}^{{[{index}]}}");
    }
}
