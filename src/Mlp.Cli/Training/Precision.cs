namespace Mlp.Cli.Training;

/// <summary>Floating-point type of the weights and of every computation (<c>--dtype</c>).</summary>
internal enum Precision
{
    /// <summary>double, the default.</summary>
    Float64,

    /// <summary>float: half the memory, about twice the arithmetic throughput, 7 significant digits.</summary>
    Float32,
}
