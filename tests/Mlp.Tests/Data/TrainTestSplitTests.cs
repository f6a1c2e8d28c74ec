using System.Text.Json;
using Mlp.Data;
using Mlp.Randomness;

namespace Mlp.Tests.Data;

// Unless a test's comment names another source, expected values were recorded from
// scikit-learn 1.2.1 and NumPy 1.24.2 by Reference/numpy/record_numpy_streams.py into
// Reference/numpy/train-test-split.json, calling train_test_split(np.arange(rows), ...).
public sealed class TrainTestSplitTests
{
    private static readonly JsonElement Recorded =
        ReferenceFile.Load("numpy", "train-test-split.json");

    // Class counts [5, 5, 3]. The recording script explains why these exercise ties.
    private static readonly int[] ClassesFiveFiveThree = [0, 1, 2, 0, 1, 0, 2, 1, 0, 1, 2, 0, 1];

    [Fact]
    public void Split_Digits_MatchesScikitLearnReference()
    {
        // Reference/sklearn-digits-sgd.json: train_test_split of the 1797 digits with
        // test_size=0.2 and random_state=42 in scikit-learn 1.2.1.
        var reference = ReferenceFile.Load("sklearn-digits-sgd.json").GetProperty("split");

        var (train, test) = TrainTestSplit.Split(1797, 0.2, 42);

        Assert.Equal(ReferenceFile.Ints(reference.GetProperty("train_idx")), train);
        Assert.Equal(ReferenceFile.Ints(reference.GetProperty("test_idx")), test);
    }

    [Fact]
    public void Split_RecordedCases_MatchScikitLearn()
    {
        foreach (var recorded in Recorded.GetProperty("split").EnumerateArray())
        {
            var rows = recorded.GetProperty("rows").GetInt32();
            var seed = recorded.GetProperty("seed").GetInt32();
            var testSize = recorded.GetProperty("test_size");

            var (train, test) = testSize.TryGetInt32(out var testCount)
                ? TrainTestSplit.Split(rows, testCount, seed)
                : TrainTestSplit.Split(rows, testSize.GetDouble(), seed);

            Assert.Equal(ReferenceFile.Ints(recorded.GetProperty("train")), train);
            Assert.Equal(ReferenceFile.Ints(recorded.GetProperty("test")), test);
        }
    }

    [Fact]
    public void Split_SharedRandomState_ContinuesStream()
    {
        // Two train_test_split calls that share one RandomState(5).
        var recorded = Recorded.GetProperty("continued_split");
        var random = new NumPyRandomState(recorded.GetProperty("seed").GetInt32());
        var rows = recorded.GetProperty("rows").GetInt32();
        var testSize = recorded.GetProperty("test_size").GetDouble();

        foreach (var expected in recorded.GetProperty("splits").EnumerateArray())
        {
            var (train, test) = TrainTestSplit.Split(rows, testSize, random);

            Assert.Equal(ReferenceFile.Ints(expected.GetProperty("train")), train);
            Assert.Equal(ReferenceFile.Ints(expected.GetProperty("test")), test);
        }
    }

    [Fact]
    public void Split_SeedAndFreshState_GiveSameRows()
    {
        var fromSeed = TrainTestSplit.Split(50, 0.3, 9);
        var fromState = TrainTestSplit.Split(50, 0.3, new NumPyRandomState(9));
        var fromCount = TrainTestSplit.Split(50, 15, new NumPyRandomState(9));

        Assert.Equal(fromSeed.Train, fromState.Train);
        Assert.Equal(fromSeed.Test, fromState.Test);
        Assert.Equal(fromSeed.Train, fromCount.Train);
        Assert.Equal(fromSeed.Test, fromCount.Test);
    }

    [Fact]
    public void SplitStratified_RecordedCases_MatchScikitLearn()
    {
        // The cases cover class counts [5, 5, 3] with test sizes 0.3, 0.5, 4 and 3, and 60 rows
        // in classes of 28, 21, 7 and 4. Two more use labels 0, 2 and 3, leaving index 1 unused,
        // and four equal classes of 3 rows.
        foreach (var recorded in Recorded.GetProperty("stratified").EnumerateArray())
        {
            var classOfRow = ReferenceFile.Ints(recorded.GetProperty("labels"));
            var random = new NumPyRandomState(recorded.GetProperty("seed").GetInt32());
            var testSize = recorded.GetProperty("test_size");

            var (train, test) = testSize.TryGetInt32(out var testCount)
                ? TrainTestSplit.SplitStratified(classOfRow, testCount, random)
                : TrainTestSplit.SplitStratified(classOfRow, testSize.GetDouble(), random);

            Assert.Equal(ReferenceFile.Ints(recorded.GetProperty("train")), train);
            Assert.Equal(ReferenceFile.Ints(recorded.GetProperty("test")), test);
        }
    }

    [Fact]
    public void SplitStratified_SharedRandomState_ContinuesStream()
    {
        // Two stratified train_test_split calls on the [5, 5, 3] classes sharing RandomState(5).
        var recorded = Recorded.GetProperty("continued_stratified");
        var random = new NumPyRandomState(recorded.GetProperty("seed").GetInt32());
        var testSize = recorded.GetProperty("test_size").GetDouble();

        foreach (var expected in recorded.GetProperty("splits").EnumerateArray())
        {
            var (train, test) =
                TrainTestSplit.SplitStratified(ClassesFiveFiveThree, testSize, random);

            Assert.Equal(ReferenceFile.Ints(expected.GetProperty("train")), train);
            Assert.Equal(ReferenceFile.Ints(expected.GetProperty("test")), test);
        }
    }

    [Fact]
    public void SplitStratified_SeedOverloads_MatchFreshState()
    {
        var fromSeed = TrainTestSplit.SplitStratified(ClassesFiveFiveThree, 0.3, 4);
        var fromState =
            TrainTestSplit.SplitStratified(ClassesFiveFiveThree, 0.3, new NumPyRandomState(4));
        var fromCount = TrainTestSplit.SplitStratified(ClassesFiveFiveThree, 4, 4);

        Assert.Equal(fromState.Train, fromSeed.Train);
        Assert.Equal(fromState.Test, fromSeed.Test);
        Assert.Equal(fromState.Train, fromCount.Train);
        Assert.Equal(fromState.Test, fromCount.Test);
    }

    [Fact]
    public void SplitStratified_Seed_KeepsClassShares()
    {
        // Worked by hand: 13 rows, test size 0.3 gives ceil(3.9) = 4 test rows and 9 training
        // rows. Training shares are 5/13 · 9 = 3.46, 3.46 and 2.08, floored to 3, 3 and 2, and
        // the one row left goes to class 0 or 1. The 4 test rows then split as 1 or 2, 2 or 1,
        // and 1.
        var (train, test) = TrainTestSplit.SplitStratified(ClassesFiveFiveThree, 0.3, 42);

        Assert.Equal(9, train.Length);
        Assert.Equal(4, test.Length);
        Assert.Equal(Enumerable.Range(0, 13), train.Concat(test).Order());
        Assert.Equal(2, train.Count(row => ClassesFiveFiveThree[row] == 2));
        Assert.Equal(1, test.Count(row => ClassesFiveFiveThree[row] == 2));
    }

    [Fact]
    public void ApproximateMode_RecordedCases_MatchScikitLearn()
    {
        // The first four cases are the examples in the docstring of scikit-learn 1.2.1's
        // _approximate_mode. The last makes all five classes tie for two draws.
        foreach (var recorded in Recorded.GetProperty("approximate_mode").EnumerateArray())
        {
            var counts = ReferenceFile.Ints(recorded.GetProperty("class_counts"));
            var draws = recorded.GetProperty("draws").GetInt32();
            var random = new NumPyRandomState(recorded.GetProperty("seed").GetInt32());

            var shares = StratifiedClasses.ApproximateMode(counts, draws, random);

            Assert.Equal(ReferenceFile.Ints(recorded.GetProperty("shares")), shares);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Split_TestSizeOutsideOpenUnitInterval_Throws(double testSize)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => TrainTestSplit.Split(10, testSize, 0));

        Assert.Equal("testSize", exception.ParamName);
    }

    [Fact]
    public void Split_EmptyTrainingSet_Throws()
    {
        // ceil(0.5 · 1) = 1 test row out of 1 leaves no training row, as scikit-learn reports.
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => TrainTestSplit.Split(1, 0.5, 0));

        Assert.Equal("testSize", exception.ParamName);
        Assert.Contains("With 1 row and a test size of 0.5", exception.Message, StringComparison.Ordinal);
        Assert.Contains("takes 1 row and", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 0)]
    [InlineData(10, 10)]
    [InlineData(10, -3)]
    [InlineData(1, 1)]
    public void Split_TestCountOutOfRange_Throws(int rowCount, int testCount)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => TrainTestSplit.Split(rowCount, testCount, 0));

        Assert.Equal("testCount", exception.ParamName);
    }

    [Fact]
    public void Split_NegativeRowCount_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => TrainTestSplit.Split(-1, 0.5, 0));

        Assert.Equal("rowCount", exception.ParamName);
    }

    [Fact]
    public void Split_NegativeSeed_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => TrainTestSplit.Split(10, 0.5, -1));

        Assert.Equal("seed", exception.ParamName);
    }

    [Fact]
    public void Split_NullRandomState_Throws()
    {
        var exception = Assert.Throws<ArgumentNullException>(
            () => TrainTestSplit.Split(10, 0.5, null!));

        Assert.Equal("random", exception.ParamName);
    }

    [Fact]
    public void SplitStratified_ClassWithOneRow_Throws()
    {
        int[] classOfRow = [0, 0, 1, 0, 1, 2, 1];

        var exception = Assert.Throws<ArgumentException>(
            () => TrainTestSplit.SplitStratified(classOfRow, 0.5, 0));

        Assert.Equal("classOfRow", exception.ParamName);
    }

    [Fact]
    public void SplitStratified_NegativeClassIndex_Throws()
    {
        int[] classOfRow = [0, 0, -1, -1];

        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => TrainTestSplit.SplitStratified(classOfRow, 0.5, 0));

        Assert.Equal("classOfRow", exception.ParamName);
    }

    [Fact]
    public void SplitStratified_FewerTrainingRowsThanClasses_Throws()
    {
        // 13 rows with test size 0.9: ceil(11.7) = 12 test rows leave 1 training row for 3
        // classes.
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => TrainTestSplit.SplitStratified(ClassesFiveFiveThree, 0.9, 0));

        Assert.Equal("testSize", exception.ParamName);
    }

    [Fact]
    public void SplitStratified_FewerTestRowsThanClasses_Throws()
    {
        // 13 rows with test size 0.1: ceil(1.3) = 2 test rows for 3 classes.
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => TrainTestSplit.SplitStratified(ClassesFiveFiveThree, 0.1, 0));

        Assert.Equal("testSize", exception.ParamName);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(11)]
    public void SplitStratified_TestCountBelowClassesInEitherSet_Throws(int testCount)
    {
        // 2 test rows are fewer than 3 classes, and 11 test rows leave only 2 training rows.
        var random = new NumPyRandomState(0);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => TrainTestSplit.SplitStratified(ClassesFiveFiveThree, testCount, random));

        Assert.Equal("testCount", exception.ParamName);
    }

    [Fact]
    public void SplitStratified_TestSizeOutOfRange_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => TrainTestSplit.SplitStratified(ClassesFiveFiveThree, 1.0, 0));

        Assert.Equal("testSize", exception.ParamName);
    }
}
