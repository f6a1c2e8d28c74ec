namespace Mlp.Cli.Commands;

/// <summary>
/// An invalid command-line option value. Its message is one line that names the option and the
/// value, without the "(Parameter …)" suffix that <see cref="ArgumentException"/> appends.
/// </summary>
internal sealed class OptionValueException : ArgumentException
{
    private readonly string message;

    /// <summary>Creates the exception for <paramref name="option"/>.</summary>
    /// <param name="option">The option, such as <c>--layers</c>.</param>
    /// <param name="message">The whole message, naming the option and the value.</param>
    public OptionValueException(string option, string message)
        : base(message, option)
    {
        this.message = message;
    }

    /// <inheritdoc/>
    public override string Message => message;

    /// <summary>Returns an exception's message without the "(Parameter 'x')" that .NET appends.</summary>
    public static string MessageOf(ArgumentException exception) =>
        exception.ParamName is null
            ? exception.Message
            : exception.Message.Replace($" (Parameter '{exception.ParamName}')", "", StringComparison.Ordinal);

    /// <summary>Returns an exception for a value: "OPTION 'VALUE': PROBLEM".</summary>
    public static OptionValueException ForValue(string option, string value, string problem) =>
        new(option, $"{option} '{value}': {problem}");
}
