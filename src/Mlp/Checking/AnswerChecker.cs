using Mlp.Exercises;

namespace Mlp.Checking;

/// <summary>
/// Compares a student's hand-computed values with the exact step, and names the common mistake
/// or the earlier wrong value that a wrong value follows from.
/// </summary>
/// <remarks>
/// <para>
/// Each given quantity is right when every number is within <see cref="AnswerTolerance"/> of the
/// exact value. A wrong quantity is explained, in this order of preference, by:
/// </para>
/// <list type="number">
/// <item>the student's own earlier values: the step is replayed with every quantity given
/// before it substituted. When the value follows from them and they are all right, the value is
/// right after all (rounded earlier values carried forward); when some are wrong, the error was
/// carried over from the latest wrong one that changes it;</item>
/// <item>a <see cref="CommonMistake"/>: the step is replayed with the mistake made, both from the
/// problem and from the student's earlier values;</item>
/// <item>a matrix written transposed: as [inputs, outputs], or equal to the exact matrix's
/// transpose.</item>
/// </list>
/// </remarks>
public static class AnswerChecker
{
    /// <summary>Checks every quantity of <paramref name="answers"/> against <paramref name="solution"/>.</summary>
    /// <exception cref="InvalidDataException">
    /// A list of examples or layers is longer than the step's, or an answer has the wrong length
    /// or shape, or the answers give no number at all. The message names the file and the JSON
    /// path.
    /// </exception>
    public static AnswerReport Check(StepSolution solution, AnswerSheet answers)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(answers);
        var problem = solution.Problem;
        var quantities = StepQuantities.Describe(problem);
        var order = quantities.Select((quantity, index) => (quantity.Path, index))
            .ToDictionary(pair => pair.Path, pair => pair.index);
        RejectLongLists(answers, quantities, order);

        // Every given quantity is checked for its shape, even one written as nulls alone, but only
        // those with a number are judged right or wrong.
        var given = answers.Answers
            .Select(answer => Normalize(answers.Source, quantities, order, answer))
            .Where(answer => answer.Numbers.Any(number => number is not null))
            .OrderBy(answer => order[answer.Quantity.Path])
            .ToList();
        if (given.Count == 0)
        {
            throw new InvalidDataException(
                $"{answers.Source}: holds no answers; give at least one field of mlp step's JSON " +
                "output, such as \"loss\" or \"updated\".");
        }

        var context = new CheckContext(problem, StepQuantities.Values(solution), ApplicableMistakes(problem));
        var verdicts = new List<AnswerVerdict>();
        foreach (var answer in given)
        {
            verdicts.Add(Judge(context, answer, verdicts));
        }

        return new AnswerReport(answers.Source, verdicts);
    }

    private static AnswerVerdict Judge(CheckContext context, NormalizedAnswer answer, List<AnswerVerdict> earlier)
    {
        var quantity = answer.Quantity;
        var exact = context.Exact[quantity.Path];
        var decimals = AnswerTolerance.EffectiveDecimals(answer.Numbers);
        bool Matches(IReadOnlyList<double> candidate) => AnswerTolerance.Matches(answer.Numbers, decimals, candidate);

        if (Matches(exact))
        {
            return answer.WrittenTransposed
                ? Wrong(answer, exact, CommonMistake.TransposedWeights, transposed: true)
                : new AnswerVerdict(quantity, answer.Numbers, exact, true);
        }

        var overrides = earlier.ToDictionary(
            verdict => verdict.Quantity.Path,
            verdict => verdict.Given.Select((number, i) => number?.Value ?? verdict.Expected[i]).ToArray());
        if (overrides.Count > 0 && Matches(StepReplay.Run(context.Problem, null, overrides)[quantity.Path]))
        {
            var wrongBefore = earlier.Where(verdict => !verdict.IsRight).ToList();
            return wrongBefore.Count == 0
                ? new AnswerVerdict(quantity, answer.Numbers, exact, true)
                : new AnswerVerdict(quantity, answer.Numbers, exact, false)
                {
                    CarriedOverFrom = CarriedOverSource(context, quantity, wrongBefore, overrides),
                };
        }

        var mistake = FindMistake(context, quantity, overrides, Matches);
        if (mistake is null && quantity.IsMatrix && quantity.Rows == quantity.Columns
            && Matches(StepReplayFormulas.Transpose([.. exact], quantity.Rows, quantity.Columns)))
        {
            return Wrong(answer, exact, CommonMistake.TransposedWeights, transposed: true);
        }

        return Wrong(answer, exact, mistake, answer.WrittenTransposed);
    }

    private static CommonMistake? FindMistake(
        CheckContext context,
        StepQuantity quantity,
        Dictionary<string, double[]> overrides,
        Func<IReadOnlyList<double>, bool> matches)
    {
        foreach (var mistake in context.Mistakes)
        {
            if (matches(context.Replay(mistake)[quantity.Path]))
            {
                return mistake;
            }
        }

        if (overrides.Count == 0)
        {
            return null;
        }

        foreach (var mistake in context.Mistakes)
        {
            if (matches(StepReplay.Run(context.Problem, mistake, overrides)[quantity.Path]))
            {
                return mistake;
            }
        }

        return null;
    }

    /// <summary>
    /// The latest earlier wrong quantity that, substituted alone, moves this quantity away from
    /// its exact value; the latest wrong one when none does so alone.
    /// </summary>
    private static StepQuantity CarriedOverSource(
        CheckContext context,
        StepQuantity quantity,
        List<AnswerVerdict> wrongBefore,
        Dictionary<string, double[]> overrides)
    {
        var exact = context.Exact[quantity.Path];
        for (var i = wrongBefore.Count - 1; i >= 0; i--)
        {
            var path = wrongBefore[i].Quantity.Path;
            var alone = new Dictionary<string, double[]> { [path] = overrides[path] };
            var replayed = StepReplay.Run(context.Problem, null, alone)[quantity.Path];
            if (!replayed.SequenceEqual(exact) && !SameWithinRounding(replayed, exact))
            {
                return wrongBefore[i].Quantity;
            }
        }

        return wrongBefore[^1].Quantity;
    }

    private static bool SameWithinRounding(double[] first, double[] second) =>
        first.Zip(second, (a, b) => Math.Abs(a - b) <= 1e-12 * Math.Max(1, Math.Abs(b))).All(same => same);

    private static AnswerVerdict Wrong(
        NormalizedAnswer answer,
        double[] exact,
        CommonMistake? mistake,
        bool transposed) =>
        new(answer.Quantity, answer.Numbers, exact, false) { Mistake = mistake, WrittenTransposed = transposed };

    private static List<CommonMistake> ApplicableMistakes(StepProblem problem)
    {
        var mistakes = new List<CommonMistake>
        {
            CommonMistake.DerivativeOfPreActivation,
            CommonMistake.DerivativeOfActivation,
            CommonMistake.TransposedWeights,
            CommonMistake.ForgottenBias,
            CommonMistake.UpdateAdded,
        };
        if (problem.Examples.Count > 1)
        {
            mistakes.Add(problem.Reduction == GradientReduction.Sum
                ? CommonMistake.MeanInsteadOfSum
                : CommonMistake.SumInsteadOfMean);
        }

        return mistakes;
    }

    private static NormalizedAnswer Normalize(
        string source,
        IReadOnlyList<StepQuantity> quantities,
        Dictionary<string, int> order,
        GivenAnswer answer)
    {
        var jsonPath = "$." + answer.Path;
        var index = order[answer.Path];
        var quantity = quantities[index];
        if (answer.Rows == quantity.Rows && answer.Columns == quantity.Columns)
        {
            return new NormalizedAnswer(quantity, answer.Numbers, false);
        }

        if (quantity.IsMatrix && answer.Rows == quantity.Columns && answer.Columns == quantity.Rows)
        {
            return new NormalizedAnswer(quantity, TransposeNumbers(answer), true);
        }

        throw new InvalidDataException(
            $"{source}: {jsonPath}: {quantity.Name} has {Shape(quantity.Rows, quantity.Columns, quantity.Kind)}; " +
            $"got {Shape(answer.Rows, answer.Columns, answer.Kind)}.");
    }

    /// <summary>
    /// Throws for the first list longer than the step's. Checking the lists first also catches
    /// extra entries written as null. The field names were checked when the file was read, so
    /// every given quantity then exists in the step.
    /// </summary>
    private static void RejectLongLists(
        AnswerSheet answers,
        IReadOnlyList<StepQuantity> quantities,
        Dictionary<string, int> order)
    {
        var lengths = StepQuantities.ListLengths(quantities);
        foreach (var list in answers.Lists)
        {
            var length = lengths.GetValueOrDefault(list.Path);
            if (list.Count > length)
            {
                var entries = list.Count == 1 ? "1 entry" : $"{list.Count} entries";
                throw new InvalidDataException(
                    $"{answers.Source}: $.{list.Path}: {entries} given, but this step has " +
                    $"{StepEntries(list.Path, length, quantities, order)}; remove the extra entries.");
            }
        }
    }

    /// <summary>Describes the entries of a list of the step: <c>3 (h[1] at [0] to h[3] at [2])</c>.</summary>
    private static string StepEntries(
        string listPath,
        int length,
        IReadOnlyList<StepQuantity> quantities,
        Dictionary<string, int> order)
    {
        if (length == 0)
        {
            return "none";
        }

        if (listPath == StepJsonFields.Examples)
        {
            return length == 1 ? "1 example" : $"{length} examples";
        }

        var first = quantities[order[$"{listPath}[0]"]].Name;
        var last = quantities[order[$"{listPath}[{length - 1}]"]].Name;
        return length == 1
            ? $"1 ({first} at [0])"
            : $"{length} ({first} at [0] to {last} at [{length - 1}])";
    }

    private static string Shape(int rows, int columns, QuantityKind kind) => kind switch
    {
        QuantityKind.Scalar => "one number",
        QuantityKind.Vector => $"{rows} number(s)",
        _ => $"{rows} row(s) of {columns}",
    };

    private static GivenNumber?[] TransposeNumbers(GivenAnswer answer)
    {
        var result = new GivenNumber?[answer.Numbers.Count];
        for (var row = 0; row < answer.Rows; row++)
        {
            for (var column = 0; column < answer.Columns; column++)
            {
                result[(column * answer.Rows) + row] = answer.Numbers[(row * answer.Columns) + column];
            }
        }

        return result;
    }

    private sealed record NormalizedAnswer(
        StepQuantity Quantity,
        IReadOnlyList<GivenNumber?> Numbers,
        bool WrittenTransposed);

    private sealed class CheckContext(
        StepProblem problem,
        Dictionary<string, double[]> exact,
        List<CommonMistake> mistakes)
    {
        private readonly Dictionary<CommonMistake, Dictionary<string, double[]>> replays = [];

        public StepProblem Problem { get; } = problem;

        public Dictionary<string, double[]> Exact { get; } = exact;

        public List<CommonMistake> Mistakes { get; } = mistakes;

        public Dictionary<string, double[]> Replay(CommonMistake mistake)
        {
            if (!replays.TryGetValue(mistake, out var values))
            {
                values = StepReplay.Run(Problem, mistake, new Dictionary<string, double[]>());
                replays[mistake] = values;
            }

            return values;
        }
    }
}
