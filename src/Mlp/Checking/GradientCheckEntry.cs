namespace Mlp.Checking;

/// <summary>The check of one parameter.</summary>
/// <param name="Layer">Weight layer, 0 for the first.</param>
/// <param name="Kind">Weight or bias.</param>
/// <param name="Row">Unit of the layer.</param>
/// <param name="Column">Input of the unit for a weight; 0 for a bias.</param>
/// <param name="Backprop">Gradient from backprop.</param>
/// <param name="Numeric">Central-difference estimate.</param>
/// <param name="RelativeError">|a − n| / max(|a|, |n|, 10⁻⁶).</param>
/// <param name="Agrees">Whether the relative error is within the tolerance.</param>
public sealed record GradientCheckEntry(
    int Layer,
    ParameterKind Kind,
    int Row,
    int Column,
    double Backprop,
    double Numeric,
    double RelativeError,
    bool Agrees);
