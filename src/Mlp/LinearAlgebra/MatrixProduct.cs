namespace Mlp.LinearAlgebra;

/// <summary>
/// The operands of C = A B over pinned memory: c[i, col] = Σ_r a[i, r] b[r, col], with A read
/// through a row stride and a depth stride and B and C row-major.
/// </summary>
/// <remarks>
/// With <see cref="ARowStride"/> = depth and <see cref="ADepthStride"/> = 1, A is a row-major
/// [rows, depth] matrix; with the strides swapped, A is the transpose of a row-major
/// [depth, rows] matrix, which is how G = δᵀ H reads δ without copying it.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
internal unsafe struct MatrixProduct<T>
    where T : unmanaged
{
    public T* A;
    public nint ARowStride;
    public nint ADepthStride;
    public T* B;
    public nint BRowStride;
    public T* C;
    public nint CRowStride;
    public int Rows;
    public int Columns;
    public int Depth;
}
