using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Import;

/// <summary>What a framework's JSON export holds, before it is merged with the page of the same occupation.</summary>
internal sealed record FrameworkExport
{
    public required string FileName { get; init; }

    public required OccupationProfile Occupation { get; init; }

    public string? Version { get; init; }

    public string? Description { get; init; }

    public string? ContextCovered { get; init; }

    public required ImmutableArray<RoleLevel> Levels { get; init; }

    /// <summary>The export's "sources" object, key and value in file order ("onet" → "v30.2 (CC BY 4.0)").</summary>
    public required ImmutableArray<KeyValuePair<string, string>> Sources { get; init; }

    public string? Attribution { get; init; }

    public DateTimeOffset? ExportedAt { get; init; }
}
