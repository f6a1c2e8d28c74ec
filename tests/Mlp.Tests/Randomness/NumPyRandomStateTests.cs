using System.Text.Json;
using Mlp.Randomness;

namespace Mlp.Tests.Randomness;

// Unless a test's comment names another source, expected values were recorded from NumPy 1.24.2 by
// Reference/numpy/record_numpy_streams.py into Reference/numpy/random-state.json. Each recorded
// draw starts from a fresh numpy.random.RandomState(seed).
public sealed class NumPyRandomStateTests
{
    private static readonly JsonElement Recorded = ReferenceFile.Load("numpy", "random-state.json");

    [Fact]
    public void NextUInt32_Seed5489_Word10000MatchesCppStandard()
    {
        // The C++ standard ([rand.predef]) requires the 10000th word of std::mt19937, which is
        // seeded with 5489 by the same rule as NumPy's integer seeding, to be 4123659995.
        var random = new NumPyRandomState(5489u);
        for (var i = 1; i < 10000; i++)
        {
            random.NextUInt32();
        }

        Assert.Equal(4123659995u, random.NextUInt32());
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(1u)]
    [InlineData(42u)]
    [InlineData(4294967295u)]
    public void NextUInt32_Seed_MatchesNumPy(uint seed)
    {
        var expected = Stream(seed).GetProperty("uint32").EnumerateArray()
            .Select(word => word.GetUInt32())
            .ToArray();
        var random = new NumPyRandomState(seed);

        var actual = expected.Select(_ => random.NextUInt32()).ToArray();

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(1u)]
    [InlineData(42u)]
    [InlineData(4294967295u)]
    public void RandomSample_Seed_MatchesNumPy(uint seed)
    {
        var expected = ReferenceFile.Doubles(Stream(seed).GetProperty("random_sample"));
        var scalar = new NumPyRandomState(seed);
        var filled = new double[expected.Length];

        new NumPyRandomState(seed).RandomSample(filled);

        var drawn = expected.Select(_ => scalar.RandomSample()).ToArray();
        ReferenceFile.AssertBitwiseEqual(expected, drawn);
        ReferenceFile.AssertBitwiseEqual(expected, filled);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(1u)]
    [InlineData(42u)]
    [InlineData(4294967295u)]
    public void Uniform_Seed_MatchesNumPy(uint seed)
    {
        var recorded = Stream(seed).GetProperty("uniform");
        var low = recorded.GetProperty("low").GetDouble();
        var high = recorded.GetProperty("high").GetDouble();
        var expected = ReferenceFile.Doubles(recorded.GetProperty("values"));
        var scalar = new NumPyRandomState(seed);
        var filled = new double[expected.Length];

        new NumPyRandomState(seed).Uniform(low, high, filled);

        var drawn = expected.Select(_ => scalar.Uniform(low, high)).ToArray();
        ReferenceFile.AssertBitwiseEqual(expected, drawn);
        ReferenceFile.AssertBitwiseEqual(expected, filled);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(1u)]
    [InlineData(42u)]
    [InlineData(4294967295u)]
    public void Shuffle_LengthsOneToThousand_MatchNumPy(uint seed)
    {
        foreach (var recorded in Stream(seed).GetProperty("shuffle").EnumerateArray())
        {
            var length = recorded.GetProperty("length").GetInt32();
            var random = new NumPyRandomState(seed);
            var values = Enumerable.Range(0, length).ToArray();

            random.Shuffle(values.AsSpan());

            Assert.Equal(ReferenceFile.Ints(recorded.GetProperty("values")), values);
            // The next word shows that the shuffle consumed as many words as NumPy's.
            Assert.Equal(recorded.GetProperty("next_uint32").GetUInt32(), random.NextUInt32());
        }
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(1u)]
    [InlineData(42u)]
    [InlineData(4294967295u)]
    public void Permutation_Seed_MatchesNumPy(uint seed)
    {
        var expected = ReferenceFile.Ints(Stream(seed).GetProperty("permutation"));
        var filled = new int[expected.Length];

        new NumPyRandomState(seed).Permutation(filled.AsSpan());

        Assert.Equal(expected, new NumPyRandomState(seed).Permutation(expected.Length));
        Assert.Equal(expected, filled);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(1u)]
    [InlineData(42u)]
    [InlineData(4294967295u)]
    public void Choice_WithoutReplacement_MatchesNumPy(uint seed)
    {
        var recorded = Stream(seed).GetProperty("choice");
        var population = recorded.GetProperty("population").GetInt32();
        var size = recorded.GetProperty("size").GetInt32();

        var chosen = new NumPyRandomState(seed).Choice(population, size);

        Assert.Equal(ReferenceFile.Ints(recorded.GetProperty("values")), chosen);
    }

    [Fact]
    public void Interval_32And64BitPaths_MatchNumPyRandint()
    {
        // Shuffle calls Interval with max < span length <= int.MaxValue, so NumPy's shuffle never
        // reaches the 64-bit path. The recorded values come from legacy
        // randint(0, max + 1, dtype=uint64) instead: its masked 32-bit and 64-bit loops are the
        // same rejection loops as random_interval in NumPy 1.24's distributions.c.
        foreach (var recorded in Recorded.GetProperty("interval").EnumerateArray())
        {
            var random = new NumPyRandomState(recorded.GetProperty("seed").GetUInt32());
            var max = ulong.Parse(recorded.GetProperty("max").GetString()!);
            var expected = recorded.GetProperty("values").EnumerateArray()
                .Select(value => ulong.Parse(value.GetString()!))
                .ToArray();

            var drawn = expected.Select(_ => random.Interval(max)).ToArray();

            Assert.Equal(expected, drawn);
            Assert.Equal(recorded.GetProperty("next_uint32").GetUInt32(), random.NextUInt32());
        }
    }

    [Fact]
    public void Uniform_ScikitLearnInitialWeights_MatchBitForBit()
    {
        // Reference/sklearn-digits-sgd.json contains the initial weights scikit-learn 1.2.1
        // drew for a 64-50-10 tanh network with RandomState(1). Per layer it drew
        // uniform(-b, b, (fanIn, fanOut)) and then uniform(-b, b, fanOut), with
        // b = sqrt(6 / (fanIn + fanOut)).
        var reference = ReferenceFile.Load("sklearn-digits-sgd.json");
        var random = new NumPyRandomState(1);

        DrawInitialWeights(random, reference);
    }

    [Fact]
    public void Shuffle_AfterInitialWeights_ReproducesFirstTwoEpochs()
    {
        // first_epoch_shuffles in Reference/sklearn-digits-sgd.json is the row order scikit-learn
        // 1.2.1 used in epochs 1 and 2: each epoch shuffles arange(1437) and reorders the previous
        // order by it.
        var reference = ReferenceFile.Load("sklearn-digits-sgd.json");
        var random = new NumPyRandomState(1);
        DrawInitialWeights(random, reference);
        var order = Enumerable.Range(0, 1437).ToArray();

        foreach (var expected in reference.GetProperty("first_epoch_shuffles").EnumerateArray())
        {
            var shuffle = Enumerable.Range(0, order.Length).ToArray();
            random.Shuffle(shuffle.AsSpan());
            order = [.. shuffle.Select(i => order[i])];

            Assert.Equal(ReferenceFile.Ints(expected), order);
        }
    }

    [Fact]
    public void Constructor_IntAndUIntSeeds_GiveSameStream()
    {
        var fromInt = new NumPyRandomState(123);
        var fromUInt = new NumPyRandomState(123u);

        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal(fromUInt.NextUInt32(), fromInt.NextUInt32());
        }
    }

    [Fact]
    public void Uniform_EqualBounds_ReturnsLow()
    {
        var random = new NumPyRandomState(3);

        Assert.Equal(2.5, random.Uniform(2.5, 2.5));
    }

    [Fact]
    public void Shuffle_Strings_MovesElementsLikePermutation()
    {
        // Shuffling any element type moves elements exactly as Permutation orders indices.
        string[] letters = ["a", "b", "c", "d", "e", "f", "g"];
        var permutation = new NumPyRandomState(8).Permutation(letters.Length);
        var shuffled = letters.ToArray();

        new NumPyRandomState(8).Shuffle(shuffled.AsSpan());

        Assert.Equal(permutation.Select(i => letters[i]), shuffled);
    }

    [Fact]
    public void Choice_ZeroOfZero_ReturnsEmptyWithoutDrawing()
    {
        var random = new NumPyRandomState(0);

        Assert.Empty(random.Choice(0, 0));
        Assert.Equal(Stream(0).GetProperty("uint32")[0].GetUInt32(), random.NextUInt32());
    }

    [Fact]
    public void Constructor_NegativeSeed_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new NumPyRandomState(-1));

        Assert.Equal("seed", exception.ParamName);
    }

    [Theory]
    [InlineData(double.NaN, 1.0)]
    [InlineData(0.0, double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity, 0.0)]
    [InlineData(-double.MaxValue, double.MaxValue)]
    public void Uniform_NonFiniteRange_Throws(double low, double high)
    {
        var random = new NumPyRandomState(0);
        var destination = new double[3];

        var scalar = Assert.Throws<ArgumentException>(() => random.Uniform(low, high));
        var span = Assert.Throws<ArgumentException>(() => random.Uniform(low, high, destination));

        Assert.Equal("high", scalar.ParamName);
        Assert.Equal("high", span.ParamName);
    }

    [Fact]
    public void Permutation_NegativeLength_Throws()
    {
        var random = new NumPyRandomState(0);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => random.Permutation(-1));

        Assert.Equal("n", exception.ParamName);
    }

    [Theory]
    [InlineData(-1, 0, "populationSize")]
    [InlineData(3, -1, "size")]
    [InlineData(3, 4, "size")]
    [InlineData(0, 1, "size")]
    public void Choice_InvalidSizes_Throws(int populationSize, int size, string parameter)
    {
        var random = new NumPyRandomState(0);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => random.Choice(populationSize, size));

        Assert.Equal(parameter, exception.ParamName);
    }

    private static JsonElement Stream(uint seed) =>
        Recorded.GetProperty("streams").EnumerateArray()
            .Single(stream => stream.GetProperty("seed").GetUInt32() == seed);

    private static void DrawInitialWeights(NumPyRandomState random, JsonElement reference)
    {
        int[] layerSizes = [64, 50, 10];
        var coefficients = reference.GetProperty("initial_coefs");
        var intercepts = reference.GetProperty("initial_intercepts");
        for (var layer = 0; layer < layerSizes.Length - 1; layer++)
        {
            var (fanIn, fanOut) = (layerSizes[layer], layerSizes[layer + 1]);
            var bound = Math.Sqrt(6.0 / (fanIn + fanOut));
            var weights = new double[fanIn * fanOut];
            var biases = new double[fanOut];

            random.Uniform(-bound, bound, weights);
            random.Uniform(-bound, bound, biases);

            // initial_coefs[layer] is a [fanIn][fanOut] array. Reading it row by row gives
            // NumPy's C order, the order in which uniform fills the matrix.
            var expectedWeights = coefficients[layer].EnumerateArray()
                .SelectMany(ReferenceFile.Doubles)
                .ToArray();
            ReferenceFile.AssertBitwiseEqual(expectedWeights, weights);
            ReferenceFile.AssertBitwiseEqual(ReferenceFile.Doubles(intercepts[layer]), biases);
        }
    }
}
