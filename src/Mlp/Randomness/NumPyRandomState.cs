namespace Mlp.Randomness;

/// <summary>
/// The random stream of NumPy's legacy <c>numpy.random.RandomState(seed)</c>: a 32-bit Mersenne
/// Twister (MT19937) with NumPy's integer seeding, and the legacy rules that turn its words into
/// doubles, bounded integers, shuffles and samples.
/// </summary>
/// <remarks>
/// <para>
/// The rules follow NumPy 1.24 (<c>numpy/random/mtrand.pyx</c>, <c>_mt19937.pyx</c>,
/// <c>src/mt19937/mt19937.c</c> and <c>src/distributions/distributions.c</c>), so that a
/// generator seeded here produces the same numbers as <c>RandomState(seed)</c> in NumPy 1.24.2,
/// bit for bit. The tests compare the streams with values recorded from NumPy 1.24.2.
/// NumPy's documentation of <c>RandomState</c> calls it frozen and guarantees the values of
/// the final NumPy 1.16 release.
/// </para>
/// <para>
/// scikit-learn draws through this stream whenever it receives an integer
/// <c>random_state</c>: the initial weights of its multilayer perceptrons, the shuffle before
/// each epoch and the permutation behind <c>train_test_split</c>.
/// </para>
/// <para>An instance is not thread-safe: each draw advances shared state.</para>
/// </remarks>
public sealed class NumPyRandomState
{
    private const int StateLength = 624;
    private const int MiddleWordOffset = 397;
    private const uint MatrixA = 0x9908b0df;
    private const uint UpperMask = 0x80000000;
    private const uint LowerMask = 0x7fffffff;

    private readonly uint[] key = new uint[StateLength];
    private int position;

    /// <summary>Creates a generator in the state of NumPy's <c>RandomState(seed)</c>.</summary>
    /// <remarks>
    /// NumPy seeds an integer through <c>mt19937_seed</c>: key[0] = seed and
    /// key[i] = 1812433253 · (key[i−1] ⊕ (key[i−1] ≫ 30)) + i modulo 2³², the initialisation of
    /// the Mersenne Twister reference code. Every seed from 0 to 2³² − 1 is valid.
    /// </remarks>
    public NumPyRandomState(uint seed)
    {
        var value = seed;
        for (var i = 0; i < StateLength; i++)
        {
            key[i] = value;
            value = unchecked((1812433253u * (value ^ (value >> 30))) + (uint)i + 1u);
        }

        position = StateLength;
    }

    /// <summary>Creates a generator in the state of NumPy's <c>RandomState(seed)</c>.</summary>
    /// <remarks>
    /// Seeds above <see cref="int.MaxValue"/> need the <see cref="uint"/> overload.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="seed"/> is negative.
    /// </exception>
    public NumPyRandomState(int seed)
        : this(ToUnsignedSeed(seed))
    {
    }

    /// <summary>Draws the next 32-bit word of the Mersenne Twister.</summary>
    public uint NextUInt32()
    {
        if (position == StateLength)
        {
            Regenerate();
        }

        return Temper(key[position++]);
    }

    /// <summary>
    /// Draws a double in [0, 1) as legacy <c>random_sample</c> does, with 53 random bits.
    /// </summary>
    /// <remarks>
    /// Two words are drawn: a = first ≫ 5 (27 bits) and b = second ≫ 6 (26 bits), and the
    /// result is (a · 2²⁶ + b) / 2⁵³, which is exact in double precision.
    /// </remarks>
    public double RandomSample()
    {
        var high = NextUInt32() >> 5;
        var low = NextUInt32() >> 6;
        return ((high * 67108864.0) + low) / 9007199254740992.0;
    }

    /// <summary>
    /// Fills <paramref name="destination"/> with doubles in [0, 1), in the order of legacy
    /// <c>random_sample(size)</c>.
    /// </summary>
    public void RandomSample(Span<double> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = RandomSample();
        }
    }

    /// <summary>Draws a double from [low, high) as legacy <c>uniform(low, high)</c> does.</summary>
    /// <remarks>
    /// The value is low + (high − low) · u with u from <see cref="RandomSample()"/>, in that
    /// order of operations, so rounding can return <paramref name="high"/> itself. NumPy accepts
    /// high &lt; low and so does this method.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// high − low is not finite, for example because a bound is NaN or infinite.
    /// </exception>
    public double Uniform(double low, double high)
    {
        var range = FiniteRange(low, high);
        return low + (range * RandomSample());
    }

    /// <summary>
    /// Fills <paramref name="destination"/> with doubles from [low, high), in the order of
    /// legacy <c>uniform(low, high, size)</c>.
    /// </summary>
    /// <remarks>
    /// Each value is low + (high − low) · u, as in <see cref="Uniform(double, double)"/>.
    /// </remarks>
    /// <exception cref="ArgumentException">high − low is not finite.</exception>
    public void Uniform(double low, double high, Span<double> destination)
    {
        var range = FiniteRange(low, high);
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = low + (range * RandomSample());
        }
    }

    /// <summary>
    /// Draws an integer from the closed interval [0, <paramref name="max"/>] as NumPy's
    /// <c>random_interval</c> does.
    /// </summary>
    /// <remarks>
    /// NumPy masks each draw with the smallest all-ones bit mask that covers max and rejects
    /// values above max. When max fits in 32 bits each attempt draws one word. Otherwise each
    /// attempt draws two words and joins them as (first ≪ 32) | second. A max of 0 draws
    /// nothing.
    /// </remarks>
    public ulong Interval(ulong max)
    {
        if (max == 0)
        {
            return 0;
        }

        var mask = CoveringMask(max);
        ulong value;
        if (max <= uint.MaxValue)
        {
            do
            {
                value = NextUInt32() & mask;
            }
            while (value > max);
        }
        else
        {
            do
            {
                value = NextUInt64() & mask;
            }
            while (value > max);
        }

        return value;
    }

    /// <summary>
    /// Shuffles <paramref name="values"/> in place as legacy <c>shuffle</c> shuffles a 1-D array.
    /// </summary>
    /// <remarks>
    /// A Fisher–Yates shuffle from the end: for i from n − 1 down to 1, swap element i with
    /// element <see cref="Interval(ulong)"/>(i). Spans of length 0 and 1 draw nothing.
    /// </remarks>
    public void Shuffle<T>(Span<T> values)
    {
        for (var i = values.Length - 1; i > 0; i--)
        {
            var j = (int)Interval((ulong)i);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }

    /// <summary>
    /// Returns 0 … <paramref name="n"/> − 1 in random order, as legacy <c>permutation(n)</c> does.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="n"/> is negative. NumPy returns an empty array in that case.
    /// </exception>
    public int[] Permutation(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var result = new int[n];
        Permutation(result);
        return result;
    }

    /// <summary>
    /// Fills <paramref name="destination"/> with 0 … length − 1 in random order, as legacy
    /// <c>permutation(length)</c> does.
    /// </summary>
    public void Permutation(Span<int> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = i;
        }

        Shuffle(destination);
    }

    /// <summary>
    /// Draws <paramref name="size"/> distinct integers from 0 … <paramref name="populationSize"/>
    /// − 1, as legacy <c>choice(populationSize, size, replace=False)</c> does.
    /// </summary>
    /// <remarks>
    /// Without probabilities NumPy returns the first <paramref name="size"/> entries of
    /// <c>permutation(populationSize)</c>, so the draw advances the stream by a whole
    /// permutation however small <paramref name="size"/> is. To draw from an array a, index it
    /// with the result, as NumPy's <c>choice(a, …)</c> does.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="populationSize"/> or <paramref name="size"/> is negative, or
    /// <paramref name="size"/> exceeds <paramref name="populationSize"/>.
    /// </exception>
    public int[] Choice(int populationSize, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(populationSize);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (size > populationSize)
        {
            throw new ArgumentOutOfRangeException(
                nameof(size),
                size,
                $"Cannot draw {size} distinct values from a population of {populationSize}: " +
                "a sample without replacement needs size <= populationSize.");
        }

        var permutation = Permutation(populationSize);
        return permutation.AsSpan(0, size).ToArray();
    }

    private static uint ToUnsignedSeed(int seed)
    {
        if (seed < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(seed),
                seed,
                $"The seed must be between 0 and 2^32 - 1, as in NumPy's RandomState, " +
                $"got {seed}. Pass a non-negative seed.");
        }

        return (uint)seed;
    }

    private static double FiniteRange(double low, double high)
    {
        var range = high - low;
        if (!double.IsFinite(range))
        {
            throw new ArgumentException(
                $"The range high - low must be finite; got low = {low:R} and high = {high:R}. " +
                "Pass finite bounds whose difference fits in a double.",
                nameof(high));
        }

        return range;
    }

    // The smallest value of the form 2^k − 1 that is >= max.
    private static ulong CoveringMask(ulong max)
    {
        var mask = max;
        mask |= mask >> 1;
        mask |= mask >> 2;
        mask |= mask >> 4;
        mask |= mask >> 8;
        mask |= mask >> 16;
        mask |= mask >> 32;
        return mask;
    }

    private static uint Temper(uint word)
    {
        var y = word;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >> 18;
        return y;
    }

    private ulong NextUInt64()
    {
        // Two statements fix the order: NumPy's mt19937_next64 puts the first word on top.
        ulong upper = NextUInt32();
        ulong lower = NextUInt32();
        return (upper << 32) | lower;
    }

    // Refills all 624 words at once (the "twist" of the Mersenne Twister).
    private void Regenerate()
    {
        for (var i = 0; i < StateLength; i++)
        {
            var next = key[(i + 1) % StateLength];
            var y = (key[i] & UpperMask) | (next & LowerMask);
            var mixed = (y >> 1) ^ ((y & 1) == 0 ? 0u : MatrixA);
            key[i] = key[(i + MiddleWordOffset) % StateLength] ^ mixed;
        }

        position = 0;
    }
}
