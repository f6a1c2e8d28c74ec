using Mlp.Data;
using Spectre.Console;

namespace Mlp.Cli.Reporting;

/// <summary>
/// Runs work over the rows of a data set in chunks, drawing a progress bar over rows on the
/// error stream when that is a terminal and the command is not quiet.
/// </summary>
internal static class RowProgress
{
    // Rows per chunk: large enough that the forward pass dominates, small enough that the bar moves.
    private const int ChunkRows = 1000;

    /// <summary>
    /// Returns the results of <paramref name="work"/> on every chunk, in row order.
    /// <paramref name="work"/> takes the chunk and the index, in <paramref name="data"/>, of its
    /// first row.
    /// </summary>
    public static List<TResult> Map<TResult>(
        TextWriter error,
        bool quiet,
        string title,
        Dataset data,
        Func<Dataset, int, IEnumerable<TResult>> work)
    {
        var results = new List<TResult>(data.RowCount);
        if (quiet || !Consoles.IsTerminal(error) || data.RowCount <= ChunkRows)
        {
            results.AddRange(work(data, 0));
            return results;
        }

        Consoles.For(error)
            .Progress()
            .AutoClear(true)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: data.RowCount);
                for (var start = 0; start < data.RowCount; start += ChunkRows)
                {
                    var count = Math.Min(ChunkRows, data.RowCount - start);
                    results.AddRange(work(data.SelectRows([.. Enumerable.Range(start, count)]), start));
                    task.Increment(count);
                }
            });
        return results;
    }
}
