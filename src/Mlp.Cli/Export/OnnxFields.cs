namespace Mlp.Cli.Export;

/// <summary>
/// Field numbers and enum values of the ONNX messages written here, from onnx/onnx.proto of ONNX
/// 1.7 (IR version 7). Later versions of that file keep these numbers.
/// </summary>
internal static class OnnxFields
{
    public const int ModelIrVersion = 1;
    public const int ModelProducerName = 2;
    public const int ModelProducerVersion = 3;
    public const int ModelDocString = 6;
    public const int ModelGraph = 7;
    public const int ModelOpsetImport = 8;
    public const int ModelMetadataProps = 14;

    public const int OpsetDomain = 1;
    public const int OpsetVersion = 2;

    public const int GraphNode = 1;
    public const int GraphName = 2;
    public const int GraphInitializer = 5;
    public const int GraphInput = 11;
    public const int GraphOutput = 12;

    public const int NodeInput = 1;
    public const int NodeOutput = 2;
    public const int NodeName = 3;
    public const int NodeOpType = 4;
    public const int NodeAttribute = 5;

    public const int AttributeName = 1;
    public const int AttributeInt = 3;
    public const int AttributeType = 20;

    /// <summary>AttributeProto.AttributeType.INT.</summary>
    public const int AttributeTypeInt = 2;

    public const int TensorDims = 1;
    public const int TensorDataType = 2;
    public const int TensorName = 8;
    public const int TensorRawData = 9;

    /// <summary>TensorProto.DataType.FLOAT.</summary>
    public const int DataTypeFloat = 1;

    /// <summary>TensorProto.DataType.INT64.</summary>
    public const int DataTypeInt64 = 7;

    public const int ValueInfoName = 1;
    public const int ValueInfoType = 2;

    public const int TypeTensorType = 1;
    public const int TensorTypeElemType = 1;
    public const int TensorTypeShape = 2;
    public const int ShapeDim = 1;
    public const int DimValue = 1;
    public const int DimParam = 2;

    public const int EntryKey = 1;
    public const int EntryValue = 2;
}
