using System.Globalization;
using Mlp.Data;

namespace Mlp.Estimators;

/// <summary>
/// Finds and checks the classes of a classifier's fit: from the targets, from <c>PartialFit</c>'s
/// classes argument, or kept from an earlier fit for a warm start.
/// </summary>
internal static class FitClasses
{
    /// <summary>Finds the classes of <paramref name="labelList"/>, rejecting a continuous target.</summary>
    /// <exception cref="ArgumentException">The labels are numbers that are not all whole.</exception>
    public static ClassLabels Find(IReadOnlyList<string> labelList, string paramName)
    {
        var classes = ClassLabels.Fit(labelList);
        if (classes.IsContinuous)
        {
            var example = classes.Classes.First(
                label => !double.IsInteger(double.Parse(label, NumberStyles.Float, CultureInfo.InvariantCulture)));
            throw new ArgumentException(
                $"The {paramName} look continuous: \"{example}\" is a number but not a whole number, " +
                "so the values cannot be class labels. To predict numbers, use MlpRegressor, or " +
                "mlp train --task regression.",
                paramName);
        }

        return classes;
    }

    /// <summary>
    /// Returns the classes of a <c>PartialFit</c> call: <paramref name="classes"/> on the first
    /// call, and the earlier ones after it, which <paramref name="classes"/>, when given, must sort
    /// to, as scikit-learn 1.2's <c>_check_partial_fit_first_call</c> requires.
    /// </summary>
    /// <exception cref="ArgumentException">No classes on the first call, or other classes later.</exception>
    public static ClassLabels ForPartialFit(ClassLabels? current, IReadOnlyList<string>? classes)
    {
        if (classes is null)
        {
            return current ?? throw new ArgumentException(
                "Pass every class to the first call of PartialFit (scikit-learn's classes argument).",
                nameof(classes));
        }

        var requested = Find(classes, nameof(classes));
        if (current is not null && !HaveSameOrder(current, requested))
        {
            throw new ArgumentException(
                $"classes [{string.Join(", ", classes)}] differ from the classes of the earlier fit " +
                $"[{string.Join(", ", current.Classes)}]. Pass the same classes on every call of " +
                "PartialFit, or pass none after the first call.",
                nameof(classes));
        }

        return current ?? requested;
    }

    /// <summary>Returns the earlier classes after checking that the targets hold every one of them.</summary>
    /// <exception cref="ArgumentException">A class is missing from the targets or a label is unknown.</exception>
    public static ClassLabels CheckWarmStart(ClassLabels current, IReadOnlyList<string> targets)
    {
        var present = current.Encode(targets).Distinct().Count();
        if (present != current.Count)
        {
            throw new ArgumentException(
                $"A warm start needs the same classes as the previous fit ({string.Join(", ", current.Classes)}); " +
                $"the targets hold {present} of them.",
                nameof(targets));
        }

        return current;
    }

    /// <summary>Checks that there are two classes or more and that every target is one of them.</summary>
    /// <exception cref="ArgumentException">One class only, or a label outside the classes.</exception>
    public static void CheckUsable(ClassLabels classes, IReadOnlyList<string> targets)
    {
        if (classes.Count < 2)
        {
            throw new ArgumentException(
                $"A classifier needs at least two classes; the targets hold only '{classes.Classes[0]}'.",
                nameof(targets));
        }

        // Encode throws for a label outside the classes, naming it.
        classes.Encode(targets);
    }

    private static bool HaveSameOrder(ClassLabels current, ClassLabels requested)
    {
        if (requested.Count != current.Count)
        {
            return false;
        }

        for (var i = 0; i < requested.Count; i++)
        {
            if (!current.TryGetIndex(requested.Classes[i], out var index) || index != i)
            {
                return false;
            }
        }

        return true;
    }
}
