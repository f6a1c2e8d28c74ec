using System.Numerics;
using System.Runtime.CompilerServices;

namespace Mlp.LinearAlgebra;

/// <summary>h = tanh z.</summary>
internal readonly struct TanhFunction : ILaneFunction
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TVector Apply<TLanes, TVector>(TVector x)
        where TLanes : struct, IDoubleLanes<TVector>
        where TVector : struct => VectorMath.Tanh<TLanes, TVector>(x);

    public T ApplyScalar<T>(T x)
        where T : IFloatingPointIeee754<T> => T.Tanh(x);
}

/// <summary>h = 1 / (1 + e^−z).</summary>
internal readonly struct LogisticFunction : ILaneFunction
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TVector Apply<TLanes, TVector>(TVector x)
        where TLanes : struct, IDoubleLanes<TVector>
        where TVector : struct => VectorMath.Logistic<TLanes, TVector>(x);

    public T ApplyScalar<T>(T x)
        where T : IFloatingPointIeee754<T> => T.One / (T.One + T.Exp(-x));
}

/// <summary>y = e^x.</summary>
internal readonly struct ExpFunction : ILaneFunction
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TVector Apply<TLanes, TVector>(TVector x)
        where TLanes : struct, IDoubleLanes<TVector>
        where TVector : struct => VectorMath.Exp<TLanes, TVector>(x);

    public T ApplyScalar<T>(T x)
        where T : IFloatingPointIeee754<T> => T.Exp(x);
}
