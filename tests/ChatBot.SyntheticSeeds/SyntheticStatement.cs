using System.Collections.Immutable;

namespace ChatBot.SyntheticSeeds;

/// <summary>
/// One generated statement, as the importer should read it back: its title, its description (AI-usage descriptions end
/// with the full stop the page puts after their chips; domain descriptions have none, as on the real page) and the
/// chips it cites (none for role-level statements, which the page shows without citations).
/// </summary>
public sealed record SyntheticStatement
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    public ImmutableArray<SyntheticCitation> Citations { get; init; } = [];
}
