using System.Collections.Immutable;

namespace ChatBot.SyntheticSeeds;

/// <summary>
/// One generated occupation: everything its page and export say, so a test can check an answer against what the
/// generator wrote rather than against text copied into the test.
/// </summary>
public sealed record SyntheticOccupation
{
    /// <summary>The O*NET-SOC code, e.g. "47-3518.00"; unique in its catalog and never the real seeds' code.</summary>
    public required string Soc { get; init; }

    /// <summary>The title, e.g. "Marine Cargo Inspectors".</summary>
    public required string Title { get; init; }

    /// <summary>The title with its role noun in the singular, e.g. "Marine Cargo Inspector".</summary>
    public required string SingularTitle { get; init; }

    /// <summary>The words of the title as written ("Marine", "Cargo", "Inspectors"); no two pool words share a stem.</summary>
    public required ImmutableArray<string> TitleWords { get; init; }

    /// <summary>The role noun in the singular and the plural ("Inspector", "Inspectors"): the last title word.</summary>
    public required (string Singular, string Plural) RoleNoun { get; init; }

    public required string Group { get; init; }

    public required string Sector { get; init; }

    public required int JobZone { get; init; }

    public required string JobZoneLabel { get; init; }

    public required string Version { get; init; }

    public required string ContextCovered { get; init; }

    /// <summary>The four role levels in ladder order, ten statements each, with role labels.</summary>
    public required ImmutableArray<SyntheticStatementGroup> Levels { get; init; }

    /// <summary>The AI-usage statements of the four levels.</summary>
    public required ImmutableArray<SyntheticStatementGroup> AiUsage { get; init; }

    public required ImmutableArray<SyntheticEvidenceGroup> EvidencePack { get; init; }

    /// <summary>The ten durable-skill domains, each with Emerging, Developing, Applying and Exceeding statements.</summary>
    public required ImmutableArray<SyntheticDomain> Domains { get; init; }

    /// <summary>
    /// Related titles as the page lists them; a few carry a second name in parentheses. Each has a word no occupation
    /// title uses, and its other words come from this occupation's own title, so naming it points here alone.
    /// </summary>
    public required ImmutableArray<string> RelatedTitles { get; init; }

    public required ImmutableArray<string> Skills { get; init; }

    public required ImmutableArray<string> KnowledgeDomains { get; init; }

    public required ImmutableArray<string> Abilities { get; init; }

    public required ImmutableArray<string> WorkStyles { get; init; }

    public required ImmutableArray<string> Technology { get; init; }

    public required ImmutableArray<string> Tasks { get; init; }

    public required ImmutableArray<string> CipCodes { get; init; }

    /// <summary>The page's closing source list, entry by entry.</summary>
    public required ImmutableArray<string> Sources { get; init; }

    /// <summary>The page's attribution, after its source list ("© 2026 EBSCOed.").</summary>
    public required string Attribution { get; init; }

    public required DateTimeOffset ExportedAt { get; init; }

    /// <summary>"000_&lt;16 hex&gt;.txt": the framework page.</summary>
    public required string PageFileName { get; init; }

    /// <summary>"001_&lt;16 hex&gt;.txt": the JSON export.</summary>
    public required string ExportFileName { get; init; }
}
