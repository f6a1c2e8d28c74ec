using Mlp.Randomness;

namespace Mlp.Data;

/// <summary>
/// Rows grouped by class for a stratified split: the classes that occur, in ascending class
/// index, each with its rows in ascending row order.
/// </summary>
/// <remarks>
/// This is the grouping scikit-learn 1.2.1's <c>StratifiedShuffleSplit</c> builds with
/// <c>np.unique</c> and a stable argsort: a class index that no row uses does not count as a
/// class.
/// </remarks>
internal sealed class StratifiedClasses
{
    private StratifiedClasses(int[] classIndices, int[] counts, int[] rowsByClass)
    {
        ClassIndices = classIndices;
        Counts = counts;
        RowsByClass = rowsByClass;
    }

    /// <summary>Class index, as passed in, of each class that occurs.</summary>
    public int[] ClassIndices { get; }

    /// <summary>Number of rows of each class that occurs.</summary>
    public int[] Counts { get; }

    /// <summary>All row numbers, class after class, ascending within a class.</summary>
    public int[] RowsByClass { get; }

    /// <summary>Number of rows over all classes.</summary>
    public int RowCount => RowsByClass.Length;

    /// <summary>Groups rows by class with a stable counting sort.</summary>
    /// <remarks>
    /// Buffers are sized by the largest class index, so indices should be dense.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A class index is negative.</exception>
    public static StratifiedClasses Group(ReadOnlySpan<int> classOfRow)
    {
        var countsByIndex = new int[MaxClassIndex(classOfRow) + 1];
        foreach (var classIndex in classOfRow)
        {
            countsByIndex[classIndex]++;
        }

        var nextSlot = new int[countsByIndex.Length];
        var classIndices = new List<int>();
        var counts = new List<int>();
        var slot = 0;
        for (var classIndex = 0; classIndex < countsByIndex.Length; classIndex++)
        {
            nextSlot[classIndex] = slot;
            slot += countsByIndex[classIndex];
            if (countsByIndex[classIndex] > 0)
            {
                classIndices.Add(classIndex);
                counts.Add(countsByIndex[classIndex]);
            }
        }

        var rowsByClass = new int[classOfRow.Length];
        for (var row = 0; row < classOfRow.Length; row++)
        {
            rowsByClass[nextSlot[classOfRow[row]]++] = row;
        }

        return new StratifiedClasses([.. classIndices], [.. counts], rowsByClass);
    }

    /// <summary>Rejects a class with a single row, which cannot be in both sets.</summary>
    /// <exception cref="ArgumentException">A class has only one row.</exception>
    public void ValidateAtLeastTwoRowsEach()
    {
        var start = 0;
        for (var i = 0; i < Counts.Length; i++)
        {
            if (Counts[i] < 2)
            {
                throw new ArgumentException(
                    $"Class {ClassIndices[i]} has only 1 row (row {RowsByClass[start]}), " +
                    "too few to stratify because every class needs at least 2 rows. " +
                    "Remove that row or split without stratification.",
                    "classOfRow");
            }

            start += Counts[i];
        }
    }

    /// <summary>
    /// Splits the rows as scikit-learn 1.2.1's <c>StratifiedShuffleSplit</c> does, holding out
    /// <paramref name="testCount"/> rows.
    /// </summary>
    /// <remarks>
    /// <see cref="ApproximateMode"/> shares the training rows among the classes, then the test
    /// rows among the rows left. <see cref="TakePerClass"/> picks the rows, and the training
    /// set and then the test set are permuted.
    /// </remarks>
    public (int[] Train, int[] Test) ShuffleSplit(int testCount, NumPyRandomState random)
    {
        var trainShares = ApproximateMode(Counts, RowCount - testCount, random);
        var remaining = new int[Counts.Length];
        for (var i = 0; i < remaining.Length; i++)
        {
            remaining[i] = Counts[i] - trainShares[i];
        }

        var testShares = ApproximateMode(remaining, testCount, random);
        var (train, test) = TakePerClass(trainShares, testShares, random);

        random.Shuffle(train.AsSpan());
        random.Shuffle(test.AsSpan());
        return (train, test);
    }

    /// <summary>
    /// Shares <paramref name="drawCount"/> draws among classes in proportion to their sizes,
    /// breaking ties at random, as scikit-learn 1.2.1's <c>_approximate_mode</c> does.
    /// </summary>
    /// <remarks>
    /// Each class first gets ⌊count / total · drawCount⌋ (computed in that order, in double
    /// precision). The draws still missing go one per class, to classes in order of decreasing
    /// fractional remainder. When fewer draws are left than classes tie for a remainder,
    /// <see cref="NumPyRandomState.Choice"/> picks the winners. Choice runs for every remainder
    /// visited, so it advances the stream even when all tied classes get a draw.
    /// </remarks>
    public static int[] ApproximateMode(
        ReadOnlySpan<int> classCounts,
        int drawCount,
        NumPyRandomState random)
    {
        long total = 0;
        foreach (var count in classCounts)
        {
            total += count;
        }

        var shares = new int[classCounts.Length];
        var remainders = new double[classCounts.Length];
        long missing = drawCount;
        for (var i = 0; i < classCounts.Length; i++)
        {
            var continuous = (double)classCounts[i] / total * drawCount;
            var floored = Math.Floor(continuous);
            shares[i] = (int)floored;
            remainders[i] = continuous - floored;
            missing -= shares[i];
        }

        if (missing > 0)
        {
            AddByRemainder(shares, remainders, missing, random);
        }

        return shares;
    }

    /// <summary>
    /// Permutes the rows of each class in turn and takes the first
    /// <paramref name="trainShares"/>[i] of them for training and the next
    /// <paramref name="testShares"/>[i] for testing.
    /// </summary>
    /// <returns>Training and test rows in the order taken.</returns>
    private (int[] Train, int[] Test) TakePerClass(
        int[] trainShares,
        int[] testShares,
        NumPyRandomState random)
    {
        // scikit-learn slices each class's permuted rows, and a Python slice stops at the end
        // of the class. Shares fit their class unless rounding in ApproximateMode pushes one
        // over, so this clipping only keeps that rare case equal to scikit-learn.
        var trainTakes = new int[Counts.Length];
        var testTakes = new int[Counts.Length];
        for (var i = 0; i < Counts.Length; i++)
        {
            trainTakes[i] = Math.Min(trainShares[i], Counts[i]);
            testTakes[i] = Math.Min(testShares[i], Counts[i] - trainTakes[i]);
        }

        var train = new int[trainTakes.Sum()];
        var test = new int[testTakes.Sum()];
        var permutation = new int[Counts.Max()];
        int start = 0, trainEnd = 0, testEnd = 0;
        for (var i = 0; i < Counts.Length; i++)
        {
            var members = RowsByClass.AsSpan(start, Counts[i]);
            var order = permutation.AsSpan(0, Counts[i]);
            random.Permutation(order);
            for (var k = 0; k < trainTakes[i]; k++)
            {
                train[trainEnd++] = members[order[k]];
            }

            for (var k = trainTakes[i]; k < trainTakes[i] + testTakes[i]; k++)
            {
                test[testEnd++] = members[order[k]];
            }

            start += Counts[i];
        }

        return (train, test);
    }

    private static void AddByRemainder(
        int[] shares,
        double[] remainders,
        long missing,
        NumPyRandomState random)
    {
        var distinct = remainders.Distinct().OrderDescending();
        foreach (var remainder in distinct)
        {
            var tied = Enumerable.Range(0, remainders.Length)
                .Where(i => remainders[i] == remainder)
                .ToArray();
            var addNow = (int)Math.Min(tied.Length, missing);
            foreach (var pick in random.Choice(tied.Length, addNow))
            {
                shares[tied[pick]]++;
            }

            missing -= addNow;
            if (missing == 0)
            {
                return;
            }
        }
    }

    private static int MaxClassIndex(ReadOnlySpan<int> classOfRow)
    {
        var max = -1;
        for (var row = 0; row < classOfRow.Length; row++)
        {
            if (classOfRow[row] < 0)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(classOfRow),
                    classOfRow[row],
                    $"Row {row} has class index {classOfRow[row]}, but class indices must be " +
                    "non-negative. Number the classes 0, 1, 2, … in label order.");
            }

            max = Math.Max(max, classOfRow[row]);
        }

        return max;
    }
}
