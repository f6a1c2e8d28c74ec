using System.CommandLine;
using Mlp.Data;

namespace Mlp.Cli.Commands;

/// <summary>The --header option of every command that reads CSV files.</summary>
internal static class HeaderOption
{
    /// <summary>Returns a new --header option; each command needs its own instance.</summary>
    public static Option<CsvHeader> Create() => new("--header")
    {
        Description =
            "CSV only: whether the first row holds column names: auto, present or absent. Auto " +
            "reads it as a header when --target names a column or a feature cell is not a " +
            "number, so write present for a header of numbers such as 0,1,2,3. Default: auto.",
        HelpName = "auto|present|absent",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            switch (text.ToLowerInvariant())
            {
                case "auto":
                    return CsvHeader.Auto;
                case "present":
                    return CsvHeader.Present;
                case "absent":
                    return CsvHeader.Absent;
                default:
                    result.AddError($"--header must be auto, present or absent; got '{text}'.");
                    return CsvHeader.Auto;
            }
        },
    };
}
