using System.Collections.Immutable;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Answers;

/// <summary>Answers a <see cref="Question"/> from the store: only what the frameworks and their articles say.</summary>
public sealed class AnswerComposer(KnowledgeIndex knowledge)
{
    private static readonly string[] ScopeContextWords = ["emergency", "911", "operator", "operators", "police", "fire", "ambulance", "public", "safety", "differences"];

    public Answer Compose(Question question) => question switch
    {
        LevelQuestion q => Level(q.Framework, q.Level, q.Fit),
        CompareQuestion q => new CompareAnswer(q.Framework, RoleLevelOf(q.Framework, q.Left), RoleLevelOf(q.Framework, q.Right), SourcesOf(q.Framework).Levels),
        ProgressionQuestion q => Progression(q),
        DomainQuestion q => Domain(q),
        DomainListQuestion q => DomainList(q),
        AiUsageQuestion q => AiUsage(q),
        EvidenceQuestion q => Evidence(q),
        ListQuestion q => new ListAnswer(q.Framework, q.List, q.Framework.List(q.List), ListSources(q.Framework)),
        ListItemQuestion q => new ListItemAnswer(q.Framework, q.List, q.Item, q.Matches, q.Framework.List(q.List), ListSources(q.Framework)),
        CoverageQuestion q => new CoverageAnswer(q.Framework, q.RelatedTitle, ListSources(q.Framework)),
        ScopeQuestion q => Scope(q),
        SalaryQuestion q => Salary(q),
        StatementQuestion q => new StatementAnswer(q.Framework, q.Matches, StatementSources(q.Framework, q.Matches)),
        SearchQuestion q => Search(q),
        SourcesQuestion q => Sources(q),
        CodesQuestion q => new CodesAnswer(q.Framework, ListSources(q.Framework)),
        OtherOccupationQuestion q => new OtherOccupationAnswer(q.AskedFor, Occupations()),
        WhichOccupationQuestion q => new WhichOccupationAnswer([.. q.Choices.Take(10).Select(f => f.Occupation)], q.Choices.Length, q.PendingText),
        HelpQuestion q => new HelpAnswer(Occupations(), q.Reason, q.Suggestions),
        _ => throw new ArgumentOutOfRangeException(nameof(question), question.GetType().Name, "No answer for this kind of question."),
    };

    private LevelAnswer Level(OccupationFramework framework, ProficiencyLevel level, LevelFit? fit) =>
        new(framework, RoleLevelOf(framework, level), SourcesOf(framework).Levels, fit);

    private static RoleLevel RoleLevelOf(OccupationFramework framework, ProficiencyLevel level) =>
        framework.FindLevel(level) ?? new RoleLevel { Level = level, Name = level.ToString(), Statements = [] };

    private ProgressionAnswer Progression(ProgressionQuestion q)
    {
        var ai = q.Framework.FindAiUsage(q.To);
        var domains = q.Framework.Domains
            .Select(domain => domain.Groups.FirstOrDefault(group => group.Level == q.To) is { } group ? new DomainStatements(domain, group) : null)
            .OfType<DomainStatements>()
            .ToImmutableArray();
        var statements = (ai?.Statements ?? []).Concat(domains.SelectMany(domain => domain.Group.Statements));
        var sources = SourcesOf(q.Framework).Levels.Concat(SourceCatalog.Cited(SourcesOf(q.Framework).All, statements)).DistinctBy(source => source.Name);
        return new ProgressionAnswer(q.Framework, RoleLevelOf(q.Framework, q.From), RoleLevelOf(q.Framework, q.To), ai, domains, [.. sources]);
    }

    private DomainAnswer Domain(DomainQuestion q)
    {
        var groups = q.Level is { } level ? [.. q.Domain.Groups.Where(group => group.Level == level)] : q.Domain.Groups;
        return new DomainAnswer(q.Framework, q.Domain, groups, SourceCatalog.Cited(SourcesOf(q.Framework).All, groups.SelectMany(group => group.Statements)));
    }

    private DomainListAnswer DomainList(DomainListQuestion q)
    {
        var atLevel = q.Level is { } level
            ? q.Framework.Domains.Select(domain => domain.Groups.FirstOrDefault(group => group.Level == level) is { } group ? new DomainStatements(domain, group) : null)
                .OfType<DomainStatements>().ToImmutableArray()
            : [];
        var statements = atLevel.IsEmpty ? q.Framework.Domains.SelectMany(d => d.Groups).SelectMany(g => g.Statements) : atLevel.SelectMany(d => d.Group.Statements);
        return new DomainListAnswer(q.Framework, q.Level, atLevel, SourceCatalog.Cited(SourcesOf(q.Framework).All, statements));
    }

    private AiUsageAnswer AiUsage(AiUsageQuestion q)
    {
        var groups = q.Level is { } level ? [.. q.Framework.AiUsage.Where(group => group.Level == level)] : q.Framework.AiUsage;

        // The answer shows the evidence pack beside the statements, so its sources are the answer's too.
        var all = SourcesOf(q.Framework).All;
        var cited = SourceCatalog.Cited(all, groups.SelectMany(group => group.Statements));
        return new AiUsageAnswer(q.Framework, groups, [.. all.Where(source => cited.Any(entry => entry.Name == source.Name) || IsEvidenceSource(source))]);
    }

    private EvidenceAnswer Evidence(EvidenceQuestion q)
    {
        EvidenceFact? asked = null;
        string? group = null;
        if (q.FactLabel is { } label)
        {
            foreach (var candidate in q.Framework.EvidencePack)
            {
                var fact = candidate.Facts.FirstOrDefault(fact => string.Equals(fact.Label, label, StringComparison.OrdinalIgnoreCase))
                           ?? (string.Equals(candidate.Name, label, StringComparison.OrdinalIgnoreCase) ? candidate.Facts.FirstOrDefault() : null);
                if (fact is not null)
                {
                    (asked, group) = (fact, candidate.Name);
                    break;
                }
            }
        }

        return new EvidenceAnswer(q.Framework, asked, group, [.. SourcesOf(q.Framework).All.Where(IsEvidenceSource)]);
    }

    /// <summary>The evidence pack's figures come from the AEI, SAFI and WEF sources, which the page names.</summary>
    private static bool IsEvidenceSource(SourceEntry source) =>
        source.Name.Contains("Anthropic", StringComparison.OrdinalIgnoreCase) || source.Name.Contains("SAFI", StringComparison.OrdinalIgnoreCase) ||
        source.Name.Contains("WEF", StringComparison.OrdinalIgnoreCase);

    private ScopeAnswer Scope(ScopeQuestion q)
    {
        var references = knowledge.Index.For(q.Framework).References;
        var passages = PassageFinder.Paragraphs(references, q.AskedAbout.Concat(ScopeContextWords), 3);
        return new ScopeAnswer(q.Framework, q.AskedAbout, q.NamesExcludedWork, passages, [.. ListSources(q.Framework), .. ArticleSources(passages)]);
    }

    private SalaryAnswer Salary(SalaryQuestion q)
    {
        var passages = PassageFinder.PaySentences(knowledge.Index.For(q.Framework).References);
        return new SalaryAnswer(q.Framework, passages, ArticleSources(passages));
    }

    /// <summary>The articles quoted, as sources: their titles are the only attribution they carry.</summary>
    private static ImmutableArray<SourceEntry> ArticleSources(IEnumerable<ReferencePassage> passages) =>
        [.. passages.Select(passage => passage.Document).Distinct().Select(document => new SourceEntry(document.Title, null, null, []))];

    private SearchAnswer Search(SearchQuestion q)
    {
        var hits = KeywordSearch.Find(knowledge.Index.For(q.Framework), q.Terms);
        var cited = hits.SelectMany(hit => hit.Citations).Select(citation => citation.Label).ToHashSet(StringComparer.Ordinal);
        var (all, levels) = SourcesOf(q.Framework);

        // A role-level statement among the hits stands on the sources the export names for the whole framework, as in a level answer.
        var framework = hits.Any(hit => hit.Section == StatementSection.RoleLevel) ? levels : [];
        return new SearchAnswer(q.Framework, q.Terms, hits, [.. framework.Concat(all.Where(source => source.Labels.Any(cited.Contains))).DistinctBy(source => source.Name)]);
    }

    private SourcesAnswer Sources(SourcesQuestion q)
    {
        if (q.Focus is not { } focus)
        {
            return new SourcesAnswer(q.Framework, null, SourcesOf(q.Framework).All);
        }

        var domain = focus.DomainName is { } name ? q.Framework.FindDomain(name) : null;
        var (label, statements) = focus.Kind switch
        {
            FocusKind.AiUsage => ($"AI usage{LevelSuffix(focus.Level)}", q.Framework.AiUsage.Where(group => focus.Level is null || group.Level == focus.Level).SelectMany(group => group.Statements)),
            FocusKind.Domain when domain is not null => ($"{domain.Name}{LevelSuffix(focus.Level)}", domain.Groups.Where(group => focus.Level is null || group.Level == focus.Level).SelectMany(group => group.Statements)),
            FocusKind.Level or FocusKind.Compare or FocusKind.Progression when focus.Level is { } level => ($"{level} level", Enumerable.Empty<Statement>()),
            _ => ((string?)null, Enumerable.Empty<Statement>()),
        };
        var sources = statements.Any() ? SourceCatalog.Cited(SourcesOf(q.Framework).All, statements) : SourcesOf(q.Framework).Levels;
        return label is null ? new SourcesAnswer(q.Framework, null, SourcesOf(q.Framework).All) : new SourcesAnswer(q.Framework, label, sources);
    }

    private static string LevelSuffix(ProficiencyLevel? level) => level is { } value ? $" at {value}" : "";

    private ImmutableArray<SourceEntry> StatementSources(OccupationFramework framework, IEnumerable<PlacedStatement> matches)
    {
        var list = matches.ToList();
        var cited = SourceCatalog.Cited(SourcesOf(framework).All, list.Select(match => match.Statement));
        return list.Any(match => match.Place.Section == StatementSection.RoleLevel)
            ? [.. SourcesOf(framework).Levels.Concat(cited).DistinctBy(source => source.Name)]
            : cited;
    }

    /// <summary>The O*NET lists and codes come from O*NET (via the crosswalk), as the export's source list says.</summary>
    private ImmutableArray<SourceEntry> ListSources(OccupationFramework framework) => SourcesOf(framework).Levels;

    private (ImmutableArray<SourceEntry> All, ImmutableArray<SourceEntry> Levels) SourcesOf(OccupationFramework framework)
    {
        var index = knowledge.Index.For(framework);
        return (index.Sources, index.LevelSources);
    }

    private ImmutableArray<OccupationProfile> Occupations() => [.. knowledge.Store.Frameworks.Select(framework => framework.Occupation)];
}
