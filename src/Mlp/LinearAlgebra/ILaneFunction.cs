using System.Numerics;

namespace Mlp.LinearAlgebra;

/// <summary>
/// An element-wise function with a vector form on doubles, for <see cref="LaneMap"/>, and a
/// scalar form for element types without vector support.
/// </summary>
internal interface ILaneFunction
{
    /// <summary>Applies the function to every lane.</summary>
    TVector Apply<TLanes, TVector>(TVector x)
        where TLanes : struct, IDoubleLanes<TVector>
        where TVector : struct;

    /// <summary>Applies the function to one value of a type without vector support.</summary>
    T ApplyScalar<T>(T x)
        where T : IFloatingPointIeee754<T>;
}
