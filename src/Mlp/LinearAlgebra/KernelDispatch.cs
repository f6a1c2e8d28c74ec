using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Mlp.LinearAlgebra;

/// <summary>Chooses the register width of the kernels for an element type.</summary>
internal static class KernelDispatch
{
    /// <summary>Widest path the hardware runs at full speed, before the test limit.</summary>
    /// <remarks>
    /// The 256-bit and 128-bit paths need hardware fused multiply-add: without it .NET emulates
    /// each fused operation in software, which is correct but slower than the scalar path.
    /// </remarks>
    private static readonly KernelPath HardwarePath =
        Vector512.IsHardwareAccelerated ? KernelPath.Vector512
        : Vector256.IsHardwareAccelerated && Fma.IsSupported ? KernelPath.Vector256
        : Vector128.IsHardwareAccelerated && (
            Fma.IsSupported || AdvSimd.IsSupported) ? KernelPath.Vector128
        : KernelPath.Scalar;

    /// <summary>Returns the path for an element type: vectors for float and double only.</summary>
    public static KernelPath PathFor<T>()
    {
        if (typeof(T) != typeof(float) && typeof(T) != typeof(double))
        {
            return KernelPath.Scalar;
        }

        var limit = KernelOptions.MaximumPath;
        return HardwarePath < limit ? HardwarePath : limit;
    }
}
