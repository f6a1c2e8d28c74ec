using System.Collections.ObjectModel;
using System.IO.Compression;

namespace Mlp.Data;

/// <summary>Data sets shipped inside the library, loaded by name.</summary>
/// <remarks>
/// Every call reads the resource again and returns a new <see cref="Dataset"/>, so a caller that
/// changes the feature array cannot affect other callers.
/// </remarks>
public static class EmbeddedDatasets
{
    /// <summary>Name of the handwritten digits data set.</summary>
    public const string DigitsName = "digits";

    private const string DigitsResource = "Mlp.Data.digits.csv.gz";
    private const int DigitsImageSide = 8;

    /// <summary>Names of all built-in data sets.</summary>
    public static ReadOnlyCollection<string> Names { get; } = Array.AsReadOnly([DigitsName]);

    /// <summary>Returns whether <paramref name="name"/> is a built-in data set, exactly.</summary>
    public static bool Contains(string name) => Names.Contains(name, StringComparer.Ordinal);

    /// <summary>Loads the built-in data set called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No built-in data set has that name.</exception>
    public static Dataset Load(string name) => name switch
    {
        DigitsName => Digits(),
        _ => throw UnknownName(name, nameof(name)),
    };

    /// <summary>Returns the description of the built-in data set <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No built-in data set has that name.</exception>
    public static DatasetDescription Describe(string name) => name switch
    {
        DigitsName => DescribeDigits(),
        _ => throw UnknownName(name, nameof(name)),
    };

    /// <summary>
    /// Loads the 1797 handwritten digits of the UCI "Optical Recognition of Handwritten Digits"
    /// test set, the rows that scikit-learn's load_digits() returns, in the same order.
    /// </summary>
    /// <remarks>
    /// Each row is an 8x8 image, row-major, as 64 features named pixel_0_0 to pixel_7_7 with
    /// integer values 0 to 16. The target, named digit, is the digit "0" to "9".
    /// See <see cref="DescribeDigits"/> for origin and licence.
    /// </remarks>
    public static Dataset Digits()
    {
        using var resource = typeof(EmbeddedDatasets).Assembly
            .GetManifestResourceStream(DigitsResource)
            ?? throw new InvalidOperationException(
                $"The resource {DigitsResource} is missing from the Mlp assembly, which was " +
                "built without Data/Resources/digits.csv.gz. Rebuild the library.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var table = CsvDatasetReader.Read(
            reader,
            DigitsName,
            new CsvReadOptions { Header = CsvHeader.Absent });
        var featureNames = ImageFeatureNames.Create(DigitsImageSide, DigitsImageSide);
        return new Dataset(DigitsName, table.Features, featureNames, table.Targets, "digit");
    }

    /// <summary>Returns what the digits data set is, where it comes from and its licence.</summary>
    public static DatasetDescription DescribeDigits() => new()
    {
        Name = DigitsName,
        Title = "Optical Recognition of Handwritten Digits (test set)",
        RowCount = 1797,
        FeatureCount = DigitsImageSide * DigitsImageSide,
        ClassCount = 10,
        Features =
            "8x8 image of a handwritten digit, row-major: pixel_R_C is row R, column C. The " +
            "32x32 bitmaps were divided into non-overlapping 4x4 blocks, and each value counts " +
            "the pixels that are on in one block, an integer from 0 to 16.",
        Target = "digit: the digit written, 0 to 9.",
        Origin =
            "E. Alpaydin and C. Kaynak, Bogazici University, 1998, from forms filled in by 43 " +
            "people and preprocessed with NIST's programs. These are the 1797 test rows (13 " +
            "writers), the same rows in the same order as scikit-learn's load_digits().",
        Licence = "Creative Commons Attribution 4.0 International (CC BY 4.0)",
        Attribution =
            "E. Alpaydin and C. Kaynak, \"Optical Recognition of Handwritten Digits\", UCI " +
            "Machine Learning Repository, 1998.",
        Source = new Uri(
            "https://archive.ics.uci.edu/dataset/80/optical+recognition+of+handwritten+digits"),
    };

    private static ArgumentException UnknownName(string name, string paramName) =>
        new($"Unknown data set \"{name}\". The built-in data sets are: " +
            $"{string.Join(", ", Names)}.",
            paramName);
}
