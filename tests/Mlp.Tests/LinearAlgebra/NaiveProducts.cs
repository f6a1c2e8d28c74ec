namespace Mlp.Tests.LinearAlgebra;

/// <summary>
/// The three products of a dense layer as plain triple loops in double, with for every element
/// the sum of |terms| that bounds its rounding error.
/// </summary>
internal static class NaiveProducts
{
    /// <summary>z[n, j] = Σ_k h[n, k] w[j, k] + b[j].</summary>
    public static (double[] Values, double[] Magnitudes) Forward(
        double[] h, double[] w, double[] b, int batch, int inputs, int units)
    {
        var values = new double[batch * units];
        var magnitudes = new double[batch * units];
        for (var n = 0; n < batch; n++)
        {
            for (var j = 0; j < units; j++)
            {
                double sum = b[j], magnitude = Math.Abs(b[j]);
                for (var k = 0; k < inputs; k++)
                {
                    sum += h[(n * inputs) + k] * w[(j * inputs) + k];
                    magnitude += Math.Abs(h[(n * inputs) + k] * w[(j * inputs) + k]);
                }

                values[(n * units) + j] = sum;
                magnitudes[(n * units) + j] = magnitude;
            }
        }

        return (values, magnitudes);
    }

    /// <summary>g[j, k] = Σ_n δ[n, j] h[n, k].</summary>
    public static (double[] Values, double[] Magnitudes) WeightGradients(
        double[] deltas, double[] h, int batch, int inputs, int units)
    {
        var values = new double[units * inputs];
        var magnitudes = new double[units * inputs];
        for (var j = 0; j < units; j++)
        {
            for (var k = 0; k < inputs; k++)
            {
                double sum = 0, magnitude = 0;
                for (var n = 0; n < batch; n++)
                {
                    sum += deltas[(n * units) + j] * h[(n * inputs) + k];
                    magnitude += Math.Abs(deltas[(n * units) + j] * h[(n * inputs) + k]);
                }

                values[(j * inputs) + k] = sum;
                magnitudes[(j * inputs) + k] = magnitude;
            }
        }

        return (values, magnitudes);
    }

    /// <summary>dh[n, k] = Σ_j δ[n, j] w[j, k].</summary>
    public static (double[] Values, double[] Magnitudes) InputGradients(
        double[] deltas, double[] w, int batch, int inputs, int units)
    {
        var values = new double[batch * inputs];
        var magnitudes = new double[batch * inputs];
        for (var n = 0; n < batch; n++)
        {
            for (var k = 0; k < inputs; k++)
            {
                double sum = 0, magnitude = 0;
                for (var j = 0; j < units; j++)
                {
                    sum += deltas[(n * units) + j] * w[(j * inputs) + k];
                    magnitude += Math.Abs(deltas[(n * units) + j] * w[(j * inputs) + k]);
                }

                values[(n * inputs) + k] = sum;
                magnitudes[(n * inputs) + k] = magnitude;
            }
        }

        return (values, magnitudes);
    }
}
