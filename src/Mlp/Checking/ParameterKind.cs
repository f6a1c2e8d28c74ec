namespace Mlp.Checking;

/// <summary>Whether a parameter is a weight or a bias.</summary>
public enum ParameterKind
{
    /// <summary>An element W[l][row, column].</summary>
    Weight,

    /// <summary>An element b[l][row].</summary>
    Bias,
}
