namespace Mlp.Data;

/// <summary>Feature names for the pixels of row-major images, as scikit-learn names them.</summary>
internal static class ImageFeatureNames
{
    /// <summary>
    /// Returns pixel_R_C for each pixel in row-major order, where R is the 0-based row and C the
    /// 0-based column.
    /// </summary>
    public static string[] Create(int rows, int columns)
    {
        var names = new string[rows * columns];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                names[(row * columns) + column] = $"pixel_{row}_{column}";
            }
        }

        return names;
    }
}
