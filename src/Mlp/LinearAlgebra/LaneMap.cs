using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mlp.LinearAlgebra;

/// <summary>
/// Applies an <see cref="ILaneFunction"/> to every element of a span of float or double, a whole
/// register at a time.
/// </summary>
/// <remarks>
/// Floats are widened to double, mapped and rounded back once. The elements left over after the
/// last whole register are copied into a register-sized buffer on the stack and mapped with the
/// same instructions, so an element's result does not depend on its position in the span. Other
/// element types, and the scalar path, apply the function's scalar form one element at a time.
/// </remarks>
internal static unsafe class LaneMap
{
    /// <summary>Doubles in the widest register, 512 bits.</summary>
    private const int WidestDoubles = 8;

    /// <summary>
    /// Computes y[i] = f(x[i]); <paramref name="x"/> and <paramref name="y"/> may be the same
    /// memory.
    /// </summary>
    public static void Apply<TFunction, T>(TFunction function, ReadOnlySpan<T> x, Span<T> y)
        where TFunction : struct, ILaneFunction
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var path = KernelDispatch.PathFor<T>();
        if (path == KernelPath.Scalar)
        {
            for (var i = 0; i < x.Length; i++)
            {
                y[i] = function.ApplyScalar(x[i]);
            }

            return;
        }

        fixed (T* source = x, destination = y)
        {
            if (typeof(T) == typeof(double))
            {
                ApplyToDoubles(function, (double*)source, (double*)destination, x.Length, path);
            }
            else
            {
                ApplyToFloats(function, (float*)source, (float*)destination, x.Length, path);
            }
        }
    }

    private static void ApplyToDoubles<TFunction>(
        TFunction f, double* x, double* y, int length, KernelPath path)
        where TFunction : struct, ILaneFunction
    {
        switch (path)
        {
            case KernelPath.Vector512:
                MapDoubles<TFunction, Vector512DoubleLanes, Vector512<double>>(f, x, y, length);
                break;
            case KernelPath.Vector256:
                MapDoubles<TFunction, Vector256DoubleLanes, Vector256<double>>(f, x, y, length);
                break;
            default:
                MapDoubles<TFunction, Vector128DoubleLanes, Vector128<double>>(f, x, y, length);
                break;
        }
    }

    private static void ApplyToFloats<TFunction>(
        TFunction f, float* x, float* y, int length, KernelPath path)
        where TFunction : struct, ILaneFunction
    {
        switch (path)
        {
            case KernelPath.Vector512:
                MapFloats<TFunction, Vector512DoubleLanes, Vector512<double>>(f, x, y, length);
                break;
            case KernelPath.Vector256:
                MapFloats<TFunction, Vector256DoubleLanes, Vector256<double>>(f, x, y, length);
                break;
            default:
                MapFloats<TFunction, Vector128DoubleLanes, Vector128<double>>(f, x, y, length);
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MapDoubles<TFunction, TLanes, TVector>(
        TFunction f, double* x, double* y, int length)
        where TFunction : struct, ILaneFunction
        where TLanes : struct, IDoubleLanes<TVector>
        where TVector : struct
    {
        var width = TLanes.Count;
        var i = 0;
        for (; i + width <= length; i += width)
        {
            TLanes.Store(y + i, f.Apply<TLanes, TVector>(TLanes.Load(x + i)));
        }

        var rest = length - i;
        if (rest > 0)
        {
            // Through this same loop rather than a second inlined copy of the function, which
            // would double the method's locals past what the JIT keeps in registers.
            var buffer = stackalloc double[WidestDoubles];
            new ReadOnlySpan<double>(x + i, rest).CopyTo(new Span<double>(buffer, WidestDoubles));
            MapDoubles<TFunction, TLanes, TVector>(f, buffer, buffer, width);
            new ReadOnlySpan<double>(buffer, rest).CopyTo(new Span<double>(y + i, rest));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MapFloats<TFunction, TLanes, TVector>(
        TFunction f, float* x, float* y, int length)
        where TFunction : struct, ILaneFunction
        where TLanes : struct, IDoubleLanes<TVector>
        where TVector : struct
    {
        var width = TLanes.Count;
        var i = 0;
        for (; i + width <= length; i += width)
        {
            TLanes.StoreNarrowed(y + i, f.Apply<TLanes, TVector>(TLanes.LoadWidened(x + i)));
        }

        var rest = length - i;
        if (rest > 0)
        {
            var buffer = stackalloc float[WidestDoubles];
            new ReadOnlySpan<float>(x + i, rest).CopyTo(new Span<float>(buffer, WidestDoubles));
            MapFloats<TFunction, TLanes, TVector>(f, buffer, buffer, width);
            new ReadOnlySpan<float>(buffer, rest).CopyTo(new Span<float>(y + i, rest));
        }
    }
}
