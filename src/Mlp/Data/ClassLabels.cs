using System.Globalization;

namespace Mlp.Data;

/// <summary>
/// The sorted classes of a classification target, which map label text to class indices 0, 1, ...
/// and back.
/// </summary>
/// <remarks>
/// <para>
/// Classes sort as scikit-learn's LabelEncoder and MLPClassifier sort them (with np.unique).
/// When every label parses as a finite number in the invariant culture, classes sort by value,
/// so "10" follows "9". Labels with the same value ("1" and "1.0") then form one class, as they
/// would once pandas had read the column as numbers. Otherwise labels sort by Unicode code
/// point, as np.unique sorts strings, so "B" precedes "a".
/// </para>
/// <para>
/// Each class keeps the text of its first occurrence for output.
/// </para>
/// </remarks>
public sealed class ClassLabels
{
    // Lists of classes in messages stop after this many classes.
    private const int MaxClassesListed = 20;

    private readonly string[] _classes;
    private readonly Dictionary<string, int> _indexByText;
    private readonly Dictionary<double, int>? _indexByValue;

    private ClassLabels(string[] classes, bool isNumeric)
    {
        _classes = classes;
        _indexByText = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < classes.Length; i++)
        {
            _indexByText[classes[i]] = i;
        }

        if (isNumeric)
        {
            _indexByValue = [];
            for (var i = 0; i < classes.Length; i++)
            {
                _indexByValue[ParseNumber(classes[i])] = i;
            }
        }
    }

    /// <summary>The class labels in class-index order.</summary>
    public IReadOnlyList<string> Classes => _classes.AsReadOnly();

    /// <summary>Number of classes.</summary>
    public int Count => _classes.Length;

    /// <summary>Whether the classes are sorted by numeric value rather than as text.</summary>
    public bool IsNumeric => _indexByValue is not null;

    /// <summary>
    /// Whether every class is a number and at least one is not a whole number, such as "0.5" but
    /// not "1.0". scikit-learn 1.2's <c>type_of_target</c> calls such a target continuous, and its
    /// classifiers reject it.
    /// </summary>
    public bool IsContinuous => _indexByValue is not null && _indexByValue.Keys.Any(value => !double.IsInteger(value));

    /// <summary>Finds and sorts the distinct classes of <paramref name="targets"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="targets"/> is empty.</exception>
    public static ClassLabels Fit(IReadOnlyList<string> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0)
        {
            throw new ArgumentException(
                "Cannot find classes in an empty list of targets. Pass at least one row.",
                nameof(targets));
        }

        for (var row = 0; row < targets.Count; row++)
        {
            ArgumentNullException.ThrowIfNull(targets[row], $"{nameof(targets)}[{row}]");
        }

        return targets.All(IsNumber) ? FitNumeric(targets) : FitText(targets);
    }

    /// <summary>Returns the class index of each label.</summary>
    /// <exception cref="ArgumentException">
    /// A label is not one of <see cref="Classes"/>; the message names it and lists the classes.
    /// </exception>
    public int[] Encode(IReadOnlyList<string> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var indices = new int[targets.Count];
        for (var row = 0; row < indices.Length; row++)
        {
            var label = targets[row];
            ArgumentNullException.ThrowIfNull(label, $"{nameof(targets)}[{row}]");
            if (!TryGetIndex(label, out indices[row]))
            {
                throw new ArgumentException(
                    $"Label \"{label}\" at row {row + 1} is not one of the {_classes.Length} " +
                    $"known classes: {ListClasses()}. A classifier predicts only the classes " +
                    "it was trained on, so train on data that contains this class or remove " +
                    "these rows.",
                    nameof(targets));
            }
        }

        return indices;
    }

    /// <summary>Returns the label of class <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="index"/> is negative or not less than <see cref="Count"/>.
    /// </exception>
    public string Decode(int index)
    {
        if ((uint)index >= (uint)_classes.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(index),
                index,
                $"Class index must be from 0 to {_classes.Length - 1}, got {index}.");
        }

        return _classes[index];
    }

    /// <summary>Finds the class index of <paramref name="label"/>, or returns false for an unknown label.</summary>
    public bool TryGetIndex(string label, out int index)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (_indexByText.TryGetValue(label, out index))
        {
            return true;
        }

        return _indexByValue is not null
            && IsNumber(label)
            && _indexByValue.TryGetValue(ParseNumber(label), out index);
    }

    private string ListClasses()
    {
        var listed = string.Join(", ", _classes.Take(MaxClassesListed).Select(c => $"\"{c}\""));
        return _classes.Length > MaxClassesListed
            ? $"{listed}, ... ({_classes.Length - MaxClassesListed} more)"
            : listed;
    }

    private static ClassLabels FitNumeric(IReadOnlyList<string> targets)
    {
        var firstTextByValue = new Dictionary<double, string>();
        foreach (var label in targets)
        {
            firstTextByValue.TryAdd(ParseNumber(label), label);
        }

        var values = firstTextByValue.Keys.Order().ToArray();
        return new ClassLabels([.. values.Select(v => firstTextByValue[v])], isNumeric: true);
    }

    private static ClassLabels FitText(IReadOnlyList<string> targets)
    {
        var classes = targets.Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(classes, CompareCodePoints);
        return new ClassLabels(classes, isNumeric: false);
    }

    /// <summary>
    /// Compares by Unicode code point. Ordinal comparison of UTF-16 would put characters from
    /// U+10000 up (surrogate pairs) before U+E000 to U+FFFF, unlike NumPy's UTF-32 strings.
    /// </summary>
    private static int CompareCodePoints(string? left, string? right)
    {
        var leftRunes = left!.EnumerateRunes();
        var rightRunes = right!.EnumerateRunes();
        while (true)
        {
            var leftHasRune = leftRunes.MoveNext();
            var rightHasRune = rightRunes.MoveNext();
            if (!leftHasRune || !rightHasRune)
            {
                return leftHasRune.CompareTo(rightHasRune);
            }

            var order = leftRunes.Current.Value.CompareTo(rightRunes.Current.Value);
            if (order != 0)
            {
                return order;
            }
        }
    }

    private static bool IsNumber(string? label) =>
        label is not null
        && double.TryParse(label, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && double.IsFinite(value);

    private static double ParseNumber(string label)
    {
        var value = double.Parse(label, NumberStyles.Float, CultureInfo.InvariantCulture);

        // -0 and 0 are one class, as np.unique treats them.
        return value == 0 ? 0 : value;
    }
}
