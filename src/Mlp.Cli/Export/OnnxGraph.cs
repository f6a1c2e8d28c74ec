using System.Globalization;
using static Mlp.Cli.Export.OnnxFields;

namespace Mlp.Cli.Export;

/// <summary>
/// Collects the nodes, weights, inputs and outputs of an ONNX graph and writes the model message.
/// </summary>
internal sealed class OnnxGraph
{
    private readonly List<ProtoWriter> nodes = [];
    private readonly List<ProtoWriter> initializers = [];
    private readonly List<ProtoWriter> inputs = [];
    private readonly List<ProtoWriter> outputs = [];

    /// <summary>
    /// Declares a graph input; a dimension is a size or, as a string, a symbolic name such as "N".
    /// </summary>
    public void AddInput(string name, int elementType, params object[] dimensions) =>
        inputs.Add(ValueInfo(name, elementType, dimensions));

    /// <summary>Declares a graph output.</summary>
    public void AddOutput(string name, int elementType, params object[] dimensions) =>
        outputs.Add(ValueInfo(name, elementType, dimensions));

    /// <summary>Adds a float32 constant with the given shape.</summary>
    public void AddInitializer(string name, float[] values, params long[] dimensions)
    {
        var tensor = new ProtoWriter();
        foreach (var dimension in dimensions)
        {
            tensor.Integer(TensorDims, dimension);
        }

        tensor.Integer(TensorDataType, DataTypeFloat).Text(TensorName, name).FloatBytes(TensorRawData, values);
        initializers.Add(tensor);
    }

    /// <summary>Adds a node of the default ONNX domain with integer attributes.</summary>
    public void AddNode(
        string opType,
        string[] nodeInputs,
        string output,
        params (string Name, long Value)[] attributes)
    {
        var node = new ProtoWriter();
        foreach (var input in nodeInputs)
        {
            node.Text(NodeInput, input);
        }

        node.Text(NodeOutput, output).Text(NodeName, $"{opType}_{nodes.Count}").Text(NodeOpType, opType);
        foreach (var (name, value) in attributes)
        {
            var attribute = new ProtoWriter()
                .Text(AttributeName, name)
                .Integer(AttributeInt, value)
                .Integer(AttributeType, AttributeTypeInt);
            node.Message(NodeAttribute, attribute);
        }

        nodes.Add(node);
    }

    /// <summary>Returns the bytes of a ModelProto that contains this graph.</summary>
    public byte[] ToModel(string graphName, ModelInfo info)
    {
        var graph = new ProtoWriter();
        nodes.ForEach(node => graph.Message(GraphNode, node));
        graph.Text(GraphName, graphName);
        initializers.ForEach(tensor => graph.Message(GraphInitializer, tensor));
        inputs.ForEach(input => graph.Message(GraphInput, input));
        outputs.ForEach(output => graph.Message(GraphOutput, output));

        var model = new ProtoWriter()
            .Integer(ModelIrVersion, info.IrVersion)
            .Text(ModelProducerName, info.ProducerName)
            .Text(ModelProducerVersion, info.ProducerVersion)
            .Text(ModelDocString, info.Description)
            .Message(ModelGraph, graph)
            .Message(ModelOpsetImport, Opset(info.OpsetVersion));
        foreach (var (key, value) in info.Metadata)
        {
            model.Message(ModelMetadataProps, new ProtoWriter().Text(EntryKey, key).Text(EntryValue, value));
        }

        return model.ToArray();
    }

    private static ProtoWriter Opset(long version) =>
        new ProtoWriter().Text(OpsetDomain, string.Empty).Integer(OpsetVersion, version);

    private static ProtoWriter ValueInfo(string name, int elementType, object[] dimensions)
    {
        var shape = new ProtoWriter();
        foreach (var dimension in dimensions)
        {
            var dim = dimension is string symbol
                ? new ProtoWriter().Text(DimParam, symbol)
                : new ProtoWriter().Integer(DimValue, Convert.ToInt64(dimension, CultureInfo.InvariantCulture));
            shape.Message(ShapeDim, dim);
        }

        var tensorType = new ProtoWriter().Integer(TensorTypeElemType, elementType).Message(TensorTypeShape, shape);
        var type = new ProtoWriter().Message(TypeTensorType, tensorType);
        return new ProtoWriter().Text(ValueInfoName, name).Message(ValueInfoType, type);
    }
}
