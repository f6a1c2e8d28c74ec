using Mlp.Training;
using Spectre.Console;

namespace Mlp.Cli.Reporting;

/// <summary>Shows a progress bar over epochs, with the loss, while a training runs.</summary>
internal static class EpochProgressBar
{
    /// <summary>
    /// Runs <paramref name="train"/>, drawing its epoch reports on <paramref name="error"/> when
    /// that is a terminal and <paramref name="quiet"/> is false; otherwise runs it without display.
    /// </summary>
    public static T Run<T>(
        TextWriter error,
        bool quiet,
        string title,
        int maxEpochs,
        Func<IProgress<EpochProgress>?, T> train)
    {
        if (quiet || !Consoles.IsTerminal(error))
        {
            return train(null);
        }

        return Consoles.For(error)
            .Progress()
            .AutoClear(true)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: maxEpochs);
                var progress = new SynchronousProgress<EpochProgress>(report =>
                {
                    task.Value = report.Epoch;
                    task.Description = Markup.Escape($"{title}: epoch {report.Epoch}, loss {report.Loss:F6}");
                });
                return train(progress);
            });
    }

    /// <summary>Calls the handler on the reporting thread, in order, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class SynchronousProgress<TReport>(Action<TReport> handler) : IProgress<TReport>
    {
        public void Report(TReport value) => handler(value);
    }
}
