using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Import;

/// <summary>What a framework's web page holds, before it is merged with the JSON export of the same occupation.</summary>
internal sealed record FrameworkPage
{
    public required string FileName { get; init; }

    public required OccupationProfile Occupation { get; init; }

    public string? Version { get; init; }

    public string? ContextCovered { get; init; }

    /// <summary>Role levels as the page shows them: titles glued to descriptions, so each statement's Title is null.</summary>
    public required ImmutableArray<RoleLevel> Levels { get; init; }

    public required ImmutableArray<StatementGroup> AiUsage { get; init; }

    public required ImmutableArray<EvidenceGroup> EvidencePack { get; init; }

    public required ImmutableArray<SkillDomain> Domains { get; init; }

    public required OnetProfile Onet { get; init; }

    public required ImmutableArray<SourceReference> Sources { get; init; }

    public string? Attribution { get; init; }
}
