using System.CommandLine;
using System.Globalization;

namespace Mlp.Cli.Commands;

/// <summary>Range checks that System.CommandLine reports as parse errors, naming the option.</summary>
internal static class OptionRules
{
    /// <summary>Adds a check that the option's value, when given, is 0 or more.</summary>
    public static Option<T> NotNegative<T>(this Option<T> option)
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<T>();
            if (value is int number && number < 0)
            {
                result.AddError(
                    $"{option.Name} must be 0 or more; got {number.ToString(CultureInfo.InvariantCulture)}.");
            }
        });
        return option;
    }
}
