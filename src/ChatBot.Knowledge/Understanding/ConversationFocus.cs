using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// What the previous answer was about, so a follow-up can keep it and change only what it names ("and for
/// seniors?" after communication at mid-level is communication at Proficient), and "show the sources for that"
/// knows what "that" is.
/// </summary>
public sealed record ConversationFocus(FocusKind Kind, ProficiencyLevel? Level, string? DomainName)
{
    /// <summary>The second level of a comparison (or the level moved to).</summary>
    public ProficiencyLevel? OtherLevel { get; init; }

    /// <summary>For several sections at once: whether the level's own statements and its AI use were shown.</summary>
    public bool WithLevelStatements { get; init; }

    public bool WithAi { get; init; }

    /// <summary>For several sections at once: the domains shown.</summary>
    public ImmutableArray<string> Domains { get; init; } = [];

    public OnetList? List { get; init; }

    /// <summary>How the previous answer was filtered, if it was ("which of those cite WEF?"), so "same question for Advanced?" can filter again.</summary>
    public FilterRule? Filter { get; init; }

    public string? FilterSource { get; init; }

    public ImmutableArray<string> FilterTerms { get; init; } = [];

    public bool Equals(ConversationFocus? other) =>
        other is not null && Kind == other.Kind && Level == other.Level && DomainName == other.DomainName && OtherLevel == other.OtherLevel &&
        WithLevelStatements == other.WithLevelStatements && WithAi == other.WithAi && List == other.List &&
        Domains.AsSpan().SequenceEqual(other.Domains.AsSpan()) && Filter == other.Filter && FilterSource == other.FilterSource &&
        FilterTerms.AsSpan().SequenceEqual(other.FilterTerms.AsSpan());

    public override int GetHashCode() => HashCode.Combine(Kind, Level, DomainName, OtherLevel, WithAi, Domains.Length);
}
