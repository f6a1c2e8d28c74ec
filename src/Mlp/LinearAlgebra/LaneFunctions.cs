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

/// <summary>y = e^(x − shift), the numerators of a softmax with shift = max x.</summary>
internal readonly struct ShiftedExpFunction(double shift) : ILaneFunction
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TVector Apply<TLanes, TVector>(TVector x)
        where TLanes : struct, IDoubleLanes<TVector>
        where TVector : struct =>
        VectorMath.Exp<TLanes, TVector>(TLanes.Subtract(x, TLanes.Create(shift)));

    public T ApplyScalar<T>(T x)
        where T : IFloatingPointIeee754<T> => T.Exp(x - T.CreateTruncating(shift));
}
