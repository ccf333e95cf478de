using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Knowledge.Import;

/// <summary>The wire shape of a framework JSON export (schemaVersion 1.0).</summary>
internal sealed record ExportDocumentDto(
    string? SchemaVersion,
    DateTimeOffset? ExportedAt,
    ExportOccupationDto? Occupation,
    ExportFrameworkDto? Framework,
    Dictionary<string, string>? Sources,
    string? Attribution);

internal sealed record ExportOccupationDto(
    string? Soc,
    string? Title,
    string? Group,
    string? Sector,
    int? JobZone,
    bool? JobZoneInferred);

internal sealed record ExportFrameworkDto(
    string? Version,
    string? Description,
    string? ContextCovered,
    Dictionary<string, ExportLevelDto>? Levels);

internal sealed record ExportLevelDto(string? Label, List<string>? Statements);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, AllowTrailingCommas = false, MaxDepth = 64)]
[JsonSerializable(typeof(ExportDocumentDto))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;
