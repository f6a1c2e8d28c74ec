using Mlp.Randomness;

namespace Mlp.Data;

/// <summary>
/// Splits row numbers into a training set and a test set exactly as scikit-learn 1.2.1's
/// <c>train_test_split</c> does with <c>shuffle=True</c>, with or without <c>stratify</c>.
/// </summary>
/// <remarks>
/// <para>
/// The rules come from <c>sklearn/model_selection/_split.py</c> (<c>train_test_split</c>,
/// <c>_validate_shuffle_split</c>, <c>ShuffleSplit</c> and <c>StratifiedShuffleSplit</c>) and
/// <c>sklearn/utils/__init__.py</c> (<c>_approximate_mode</c>) of scikit-learn 1.2.1. All
/// randomness comes from <see cref="NumPyRandomState"/>, so a seed gives the same rows as
/// <c>random_state=seed</c> in scikit-learn.
/// </para>
/// <para>
/// A <see cref="double"/> test size is a fraction f and gives ⌈f · rows⌉ test rows, while an
/// <see cref="int"/> test size is the number of test rows, as scikit-learn tells a float from an
/// int. The rest of the rows go to training. The overloads that take
/// a <see cref="NumPyRandomState"/> continue its stream, like passing a <c>RandomState</c>
/// instance to scikit-learn. The overloads that take a seed start a new stream, like passing
/// an integer.
/// </para>
/// </remarks>
public static class TrainTestSplit
{
    /// <summary>
    /// Splits <paramref name="rowCount"/> rows, holding out the fraction
    /// <paramref name="testSize"/> for testing, as <c>train_test_split(…, test_size=testSize,
    /// random_state=seed)</c> does.
    /// </summary>
    /// <returns>Row numbers of the training and test sets, in scikit-learn's order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="rowCount"/> is negative, <paramref name="testSize"/> is outside (0, 1),
    /// the training set would be empty, or <paramref name="seed"/> is negative.
    /// </exception>
    public static (int[] Train, int[] Test) Split(int rowCount, double testSize, int seed) =>
        Split(rowCount, testSize, new NumPyRandomState(seed));

    /// <summary>
    /// Splits <paramref name="rowCount"/> rows, holding out <paramref name="testCount"/> rows
    /// for testing, as <c>train_test_split(…, test_size=testCount, random_state=seed)</c> does.
    /// </summary>
    /// <returns>Row numbers of the training and test sets, in scikit-learn's order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="rowCount"/> is negative, <paramref name="testCount"/> is outside
    /// 1 … rowCount − 1, or <paramref name="seed"/> is negative.
    /// </exception>
    public static (int[] Train, int[] Test) Split(int rowCount, int testCount, int seed) =>
        Split(rowCount, testCount, new NumPyRandomState(seed));

    /// <summary>
    /// Splits <paramref name="rowCount"/> rows, holding out the fraction
    /// <paramref name="testSize"/> for testing and drawing from <paramref name="random"/>.
    /// </summary>
    /// <remarks>
    /// As scikit-learn's <c>ShuffleSplit</c>: one <c>permutation(rowCount)</c>, whose first
    /// ⌈testSize · rowCount⌉ entries are the test set and whose remaining entries are the
    /// training set.
    /// </remarks>
    /// <returns>Row numbers of the training and test sets, in scikit-learn's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="rowCount"/> is negative, <paramref name="testSize"/> is outside (0, 1),
    /// or the training set would be empty.
    /// </exception>
    public static (int[] Train, int[] Test) Split(
        int rowCount,
        double testSize,
        NumPyRandomState random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var testCount = TestCountFromFraction(rowCount, testSize);
        return ShuffleSplit(rowCount, testCount, random);
    }

    /// <summary>
    /// Splits <paramref name="rowCount"/> rows, holding out <paramref name="testCount"/> rows
    /// for testing and drawing from <paramref name="random"/>.
    /// </summary>
    /// <remarks>As the fraction overload, with the test set size given directly.</remarks>
    /// <returns>Row numbers of the training and test sets, in scikit-learn's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="rowCount"/> is negative, or <paramref name="testCount"/> is outside
    /// 1 … rowCount − 1.
    /// </exception>
    public static (int[] Train, int[] Test) Split(
        int rowCount,
        int testCount,
        NumPyRandomState random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ValidateTestCount(rowCount, testCount);
        return ShuffleSplit(rowCount, testCount, random);
    }

    /// <summary>
    /// Splits rows so that each class keeps about its share in both sets, holding out the
    /// fraction <paramref name="testSize"/>, as <c>train_test_split(…, test_size=testSize,
    /// stratify=y, random_state=seed)</c> does.
    /// </summary>
    /// <param name="classOfRow">
    /// Class index of each row, non-negative and numbered in the order <c>np.unique</c> sorts
    /// the labels. An index that no row uses is not a class.
    /// </param>
    /// <param name="testSize">Fraction of the rows to hold out, in (0, 1).</param>
    /// <param name="seed">Seed of a new <see cref="NumPyRandomState"/>.</param>
    /// <returns>Row numbers of the training and test sets, in scikit-learn's order.</returns>
    /// <exception cref="ArgumentException">A class has fewer than 2 rows.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A class index or <paramref name="seed"/> is negative, <paramref name="testSize"/> is
    /// outside (0, 1), or the training or test set would have fewer rows than there are
    /// classes.
    /// </exception>
    public static (int[] Train, int[] Test) SplitStratified(
        ReadOnlySpan<int> classOfRow,
        double testSize,
        int seed) =>
        SplitStratified(classOfRow, testSize, new NumPyRandomState(seed));

    /// <summary>
    /// Splits rows so that each class keeps about its share in both sets, holding out
    /// <paramref name="testCount"/> rows, as <c>train_test_split(…, test_size=testCount,
    /// stratify=y, random_state=seed)</c> does.
    /// </summary>
    /// <param name="classOfRow">
    /// Class index of each row, non-negative and numbered in the order <c>np.unique</c> sorts
    /// the labels. An index that no row uses is not a class.
    /// </param>
    /// <param name="testCount">Number of rows to hold out, in 1 … rows − 1.</param>
    /// <param name="seed">Seed of a new <see cref="NumPyRandomState"/>.</param>
    /// <returns>Row numbers of the training and test sets, in scikit-learn's order.</returns>
    /// <exception cref="ArgumentException">A class has fewer than 2 rows.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A class index or <paramref name="seed"/> is negative, <paramref name="testCount"/> is
    /// outside 1 … rows − 1, or the training or test set would have fewer rows than there are
    /// classes.
    /// </exception>
    public static (int[] Train, int[] Test) SplitStratified(
        ReadOnlySpan<int> classOfRow,
        int testCount,
        int seed) =>
        SplitStratified(classOfRow, testCount, new NumPyRandomState(seed));

    /// <summary>
    /// Splits rows so that each class keeps about its share in both sets, holding out the
    /// fraction <paramref name="testSize"/> and drawing from <paramref name="random"/>.
    /// </summary>
    /// <remarks>
    /// As scikit-learn's <c>StratifiedShuffleSplit</c>: <c>_approximate_mode</c> shares the
    /// training rows among the classes, then the test rows among what is left. Each class, in
    /// class order, permutes its rows (kept in ascending row order) and gives the first rows to
    /// training and the next to test. Finally the training set and then the test set are
    /// permuted.
    /// </remarks>
    /// <param name="classOfRow">
    /// Class index of each row, non-negative and numbered in the order <c>np.unique</c> sorts
    /// the labels. An index that no row uses is not a class.
    /// </param>
    /// <param name="testSize">Fraction of the rows to hold out, in (0, 1).</param>
    /// <param name="random">Source of randomness, advanced by the split.</param>
    /// <returns>Row numbers of the training and test sets, in scikit-learn's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentException">A class has fewer than 2 rows.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A class index is negative, <paramref name="testSize"/> is outside (0, 1), or the
    /// training or test set would have fewer rows than there are classes.
    /// </exception>
    public static (int[] Train, int[] Test) SplitStratified(
        ReadOnlySpan<int> classOfRow,
        double testSize,
        NumPyRandomState random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var testCount = TestCountFromFraction(classOfRow.Length, testSize);
        var classes = StratifiedClasses.Group(classOfRow);
        var trainCount = classOfRow.Length - testCount;
        ValidateClassShares(classes, trainCount, testCount, nameof(testSize));
        return classes.ShuffleSplit(testCount, random);
    }

    /// <summary>
    /// Splits rows so that each class keeps about its share in both sets, holding out
    /// <paramref name="testCount"/> rows and drawing from <paramref name="random"/>.
    /// </summary>
    /// <remarks>As the fraction overload, with the test set size given directly.</remarks>
    /// <param name="classOfRow">
    /// Class index of each row, non-negative and numbered in the order <c>np.unique</c> sorts
    /// the labels. An index that no row uses is not a class.
    /// </param>
    /// <param name="testCount">Number of rows to hold out, in 1 … rows − 1.</param>
    /// <param name="random">Source of randomness, advanced by the split.</param>
    /// <returns>Row numbers of the training and test sets, in scikit-learn's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentException">A class has fewer than 2 rows.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A class index is negative, <paramref name="testCount"/> is outside 1 … rows − 1, or
    /// the training or test set would have fewer rows than there are classes.
    /// </exception>
    public static (int[] Train, int[] Test) SplitStratified(
        ReadOnlySpan<int> classOfRow,
        int testCount,
        NumPyRandomState random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ValidateTestCount(classOfRow.Length, testCount);
        var classes = StratifiedClasses.Group(classOfRow);
        var trainCount = classOfRow.Length - testCount;
        ValidateClassShares(classes, trainCount, testCount, nameof(testCount));
        return classes.ShuffleSplit(testCount, random);
    }

    private static (int[] Train, int[] Test) ShuffleSplit(
        int rowCount,
        int testCount,
        NumPyRandomState random)
    {
        var permutation = random.Permutation(rowCount);
        var test = permutation.AsSpan(0, testCount).ToArray();
        var train = permutation.AsSpan(testCount).ToArray();
        return (train, test);
    }

    // As _validate_shuffle_split for a float test_size: n_test = ⌈f · n⌉ and n_train = n − n_test.
    private static int TestCountFromFraction(int rowCount, double testSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        if (!(testSize > 0 && testSize < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(testSize),
                testSize,
                $"The test size must be a fraction in the open interval (0, 1), " +
                $"got {testSize:R}. Pass, for example, 0.25 to hold out a quarter of the rows.");
        }

        var testCount = (int)Math.Ceiling(testSize * rowCount);
        if (testCount >= rowCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(testSize),
                testSize,
                $"With {CountText.Format(rowCount, "row")} and a test size of {testSize:R}, the test set " +
                $"takes {CountText.Format(testCount, "row")} and the training set would be empty. " +
                "Pass a smaller test size or more rows.");
        }

        return testCount;
    }

    private static void ValidateTestCount(int rowCount, int testCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        if (rowCount < 2)
        {
            throw new ArgumentOutOfRangeException(
                nameof(testCount),
                testCount,
                $"A split needs at least 2 rows, one for training and one for testing, " +
                $"got {rowCount}. Pass more rows.");
        }

        if (testCount <= 0 || testCount >= rowCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(testCount),
                testCount,
                $"The test count must be positive and smaller than the {rowCount} rows, " +
                $"got {testCount}. Pass a count between 1 and {rowCount - 1}.");
        }
    }

    private static void ValidateClassShares(
        StratifiedClasses classes,
        int trainCount,
        int testCount,
        string sizeParameter)
    {
        classes.ValidateAtLeastTwoRowsEach();
        var classCount = classes.Counts.Length;
        if (trainCount < classCount)
        {
            throw new ArgumentOutOfRangeException(
                sizeParameter,
                $"The training set would have {CountText.Format(trainCount, "row")}, fewer than the {classCount} " +
                "classes, so a stratified split cannot give every class a training row. " +
                "Hold out fewer rows for testing.");
        }

        if (testCount < classCount)
        {
            throw new ArgumentOutOfRangeException(
                sizeParameter,
                $"The test set would have {CountText.Format(testCount, "row")}, fewer than the {classCount} " +
                "classes, so a stratified split cannot give every class a test row. " +
                "Hold out more rows for testing.");
        }
    }
}
