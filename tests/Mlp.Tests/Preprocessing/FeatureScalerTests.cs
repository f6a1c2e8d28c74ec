using System.Text.Json;
using Mlp.Data;
using Mlp.Preprocessing;

namespace Mlp.Tests.Preprocessing;

/// <summary>
/// The scalers against scikit-learn 1.2.1's StandardScaler and MinMaxScaler, recorded by
/// Reference/preprocessing/record_scalers.py into scalers.json.
/// </summary>
public sealed class FeatureScalerTests
{
    private static readonly JsonElement Record = ReferenceFile.Load("preprocessing", "scalers.json");

    [Theory]
    [InlineData("standard")]
    [InlineData("minmax")]
    public void Fit_MatchesScikitLearn(string method)
    {
        var scaler = FeatureScaler.Create(method).Fit(Matrix("fit"), 4);
        var expected = Record.GetProperty(method);

        var offsets = ReferenceFile.Doubles(expected.GetProperty("offsets"));
        var ranges = ReferenceFile.Doubles(expected.GetProperty("scales"));
        for (var j = 0; j < 4; j++)
        {
            Assert.Equal(offsets[j], scaler.Offsets[j], 1e-14);

            // scikit-learn keeps a zero data_range_ for a constant column and divides by 1.
            Assert.Equal(ranges[j] == 0 ? 1 : ranges[j], scaler.Scales[j], 1e-14);
        }
    }

    [Theory]
    [InlineData("standard", "fit", "fit_rows")]
    [InlineData("standard", "transform", "transform_rows")]
    [InlineData("minmax", "fit", "fit_rows")]
    [InlineData("minmax", "transform", "transform_rows")]
    public void Transform_MatchesScikitLearn(string method, string input, string output)
    {
        var scaler = FeatureScaler.Create(method).Fit(Matrix("fit"), 4);

        var scaled = scaler.Transform(Matrix(input));

        var expected = Matrix(output, Record.GetProperty(method));
        Assert.Equal(expected.Length, scaled.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], scaled[i], 1e-12);
        }
    }

    [Theory]
    [InlineData("standard")]
    [InlineData("minmax")]
    public void Transform_ConstantColumn_GivesExactZero(string method)
    {
        // 0.1 three times has a floating-point mean that is not exactly 0.1.
        double[] features = [0.1, 1, 0.1, 2, 0.1, 4];
        var scaler = FeatureScaler.Create(method).Fit(features, 2);

        var scaled = scaler.Transform(features);

        Assert.Equal(0.1, scaler.Offsets[0]);
        Assert.Equal(1.0, scaler.Scales[0]);
        Assert.All([scaled[0], scaled[2], scaled[4]], value => Assert.Equal(0.0, value));
        Assert.DoesNotContain(scaled, double.IsNaN);
    }

    [Fact]
    public void Transform_Dataset_KeepsNamesAndTargets()
    {
        var data = new Dataset("d", [1, 2, 3, 6], ["a", "b"], ["x", "y"], "label");
        var scaler = new MinMaxScaler().Fit(data);

        var scaled = scaler.Transform(data);

        Assert.Equal([0.0, 0.0, 1.0, 1.0], scaled.Features);
        Assert.Equal(data.FeatureNames, scaled.FeatureNames);
        Assert.Equal(data.Targets, scaled.Targets);
        Assert.Equal("label", scaled.TargetName);
    }

    [Fact]
    public void Transform_Unfitted_Throws()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => new StandardScaler().Transform([1.0]));
        Assert.Contains("Fit", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transform_OtherFeatureCount_Throws()
    {
        var scaler = new StandardScaler().Fit([1, 2, 3, 4], 2);
        var data = new Dataset("other.csv", [1, 2, 3], ["a", "b", "c"], ["y"], "t");

        var exception = Assert.Throws<ArgumentException>(() => scaler.Transform(data));

        Assert.Equal("data", exception.ParamName);
        Assert.Contains("2 features", exception.Message, StringComparison.Ordinal);
        Assert.Contains("other.csv has 3", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NonFiniteOrEmpty_Throws()
    {
        var nan = Assert.Throws<ArgumentException>(() => new StandardScaler().Fit([1, double.NaN], 2));
        var empty = Assert.Throws<ArgumentException>(() => new StandardScaler().Fit([], 2));
        var ragged = Assert.Throws<ArgumentException>(() => new StandardScaler().Fit([1, 2, 3], 2));

        Assert.Equal("features", nan.ParamName);
        Assert.Contains("Feature 1 of row 0 is NaN", nan.Message, StringComparison.Ordinal);
        Assert.Equal("features", empty.ParamName);
        Assert.Equal("features", ragged.ParamName);
    }

    [Fact]
    public void Create_UnknownMethod_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => FeatureScaler.Create("robust"));

        Assert.Equal("method", exception.ParamName);
        Assert.Contains("'robust'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("standard or minmax", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromParameters_ZeroScale_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => FeatureScaler.FromParameters("standard", [0.0, 1.0], [1.0, 0.0]));

        Assert.Equal("scales", exception.ParamName);
        Assert.Contains("Feature 1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromParameters_SubnormalScale_Throws()
    {
        // 1e-320 is positive, but 1 / 1e-320 overflows to ∞.
        var exception = Assert.Throws<ArgumentException>(
            () => FeatureScaler.FromParameters("standard", [0.0, 1.0], [1.0, 1e-320]));

        Assert.Equal("scales", exception.ParamName);
        Assert.Contains("Feature 1", exception.Message, StringComparison.Ordinal);
        Assert.Contains("reciprocal is finite", exception.Message, StringComparison.Ordinal);
    }

    private static double[] Matrix(string name, JsonElement? parent = null) =>
        [.. (parent ?? Record).GetProperty(name).EnumerateArray().SelectMany(row => ReferenceFile.Doubles(row))];
}
