using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Search;

/// <summary>
/// Where a search looks: everywhere, or only in one section (AI use, a domain, the level statements), at one level,
/// or only in the reference articles ("which AI statement is about time savings?", "does the article say where they work?").
/// </summary>
public sealed record SearchScope(StatementSection? Section = null, ProficiencyLevel? Level = null, string? DomainName = null, bool ArticlesOnly = false)
{
    /// <summary>Only the items of this O*NET list ("which work styles are about coping with pressure?").</summary>
    public OnetList? List { get; init; }

    public static SearchScope Everywhere { get; } = new();

    public bool IsEverywhere => this == Everywhere;

    public override string ToString() => $"{Section}/{Level}/{DomainName}/{(ArticlesOnly ? "articles" : "")}/{List}";

    /// <summary>Whether a statement at <paramref name="place"/> is in scope.</summary>
    public bool Includes(StatementPlace place) =>
        !ArticlesOnly && List is null && (Section is null || place.Section == Section) && (Level is null || place.Level == Level) &&
        (DomainName is null || string.Equals(place.DomainName, DomainName, StringComparison.Ordinal));

    /// <summary>Whether list items and article paragraphs are in scope (only when no section of statements is).</summary>
    public bool IncludesLists => !ArticlesOnly && Section is null && Level is null && DomainName is null;

    public bool IncludesArticles => Section is null && Level is null && DomainName is null && List is null;

    /// <summary>Whether the items of <paramref name="list"/> are in scope.</summary>
    public bool IncludesList(OnetList list) => IncludesLists && (List is null || List == list);
}
