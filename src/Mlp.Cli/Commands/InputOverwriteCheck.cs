using Mlp.Cli.Training;

namespace Mlp.Cli.Commands;

/// <summary>
/// Rejects, before any work, an output path that names one of the command's input files, which
/// writing the output would overwrite.
/// </summary>
/// <remarks>
/// Paths compare as full paths with symbolic links resolved, case-insensitively on Windows and
/// macOS, whose file systems ignore case by default. Two hard links to one file are not detected.
/// </remarks>
internal static class InputOverwriteCheck
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
            ? StringComparison.OrdinalIgnoreCase
            : StringComparison.Ordinal;

    /// <summary>Returns the model file and the files that a <c>--data</c> value reads, as inputs.</summary>
    public static IReadOnlyList<(string Option, string Path)> ModelAndData(string model, string? data) =>
        [("--model", model), .. (data is null ? [] : DataSource.Files(data)).Select(path => ("--data", path))];

    /// <summary>Rejects <paramref name="output"/> when it is the same file as an input.</summary>
    /// <exception cref="OptionValueException">The output is one of the inputs.</exception>
    public static void Check(string outputOption, string output, IReadOnlyList<(string Option, string Path)> inputs)
    {
        foreach (var (option, input) in inputs)
        {
            if (AreSameFile(output, input))
            {
                throw new OptionValueException(
                    outputOption,
                    $"{outputOption} '{output}' is the same file as {option} '{input}', so writing it " +
                    $"would destroy the input. Give {outputOption} another path.");
            }
        }
    }

    /// <summary>
    /// Rejects <paramref name="folder"/> when it, or a plot file of <paramref name="fileNames"/> in
    /// it, is the same file as an input.
    /// </summary>
    /// <exception cref="OptionValueException">The folder or a file in it is one of the inputs.</exception>
    public static void CheckFolder(
        string folderOption,
        string folder,
        IEnumerable<string> fileNames,
        IReadOnlyList<(string Option, string Path)> inputs)
    {
        Check(folderOption, folder, inputs);
        foreach (var name in fileNames)
        {
            foreach (var (option, input) in inputs)
            {
                if (AreSameFile(Path.Combine(folder, name), input))
                {
                    throw new OptionValueException(
                        folderOption,
                        $"{folderOption} '{folder}' would overwrite {option} '{input}' with the plot " +
                        $"{name}. Give {folderOption} another folder.");
                }
            }
        }
    }

    private static bool AreSameFile(string first, string second) =>
        string.Equals(Resolve(first), Resolve(second), PathComparison);

    /// <summary>
    /// Returns the full path with every symbolic link along it replaced by its final target, or
    /// the full path alone when a link cannot be read.
    /// </summary>
    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var resolved = root;
        try
        {
            var parts = full[root.Length..].Split(
                [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar],
                StringSplitOptions.RemoveEmptyEntries);
            foreach (var part in parts)
            {
                resolved = Path.Combine(resolved, part);
                if (new FileInfo(resolved).LinkTarget is not null)
                {
                    resolved = File.ResolveLinkTarget(resolved, returnFinalTarget: true)!.FullName;
                }
            }

            return resolved;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }
}
