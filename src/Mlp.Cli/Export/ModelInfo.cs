namespace Mlp.Cli.Export;

/// <summary>The ModelProto fields around the graph: versions, producer, description and metadata.</summary>
internal sealed record ModelInfo(
    long IrVersion,
    long OpsetVersion,
    string ProducerName,
    string ProducerVersion,
    string Description,
    IReadOnlyList<(string Key, string Value)> Metadata);
