namespace Mlp.LinearAlgebra;

/// <summary>
/// The operands of C = A Bᵀ + bias over pinned memory: c[i, j] = Σ_k a[i, k] b[j, k] + bias[j],
/// with A [rows, depth], B [columns, depth] and C [rows, columns] row-major.
/// </summary>
/// <remarks>
/// Both A and B run along the depth in memory, so each element is a dot product of two
/// contiguous rows: the forward pass Z = H Wᵀ + b reads the weights W [units, inputs] as they
/// are stored, with no transposed copy.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
internal unsafe struct DotProduct<T>
    where T : unmanaged
{
    public T* A;
    public nint ARowStride;
    public T* B;
    public nint BRowStride;
    public T* Bias;
    public T* C;
    public nint CRowStride;
    public int Rows;
    public int Columns;
    public int Depth;
}
