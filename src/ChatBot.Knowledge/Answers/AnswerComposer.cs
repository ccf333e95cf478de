using System.Collections.Immutable;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Answers;

/// <summary>Answers a <see cref="Question"/> from the store: only what the frameworks and their articles say.</summary>
public sealed class AnswerComposer(KnowledgeIndex knowledge) : IQuestionVisitor<Answer>
{
    private static readonly string[] ScopeContextWords = ["emergency", "911", "operator", "operators", "police", "fire", "ambulance", "public", "safety", "differences"];

    private static readonly string[] EducationWords = ["education", "diploma", "degree", "certificate", "certification", "certifications", "college", "coursework", "programs", "organizations", "school", "requirements"];

    public Answer Compose(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Accept(this);
    }

    public Answer Level(LevelQuestion question) =>
        new LevelAnswer(question.Framework, RoleLevelOf(question.Framework, question.Level), SourcesOf(question.Framework).Levels, question.Fit);

    public Answer Compare(CompareQuestion question) =>
        new CompareAnswer(question.Framework, RoleLevelOf(question.Framework, question.Left), RoleLevelOf(question.Framework, question.Right), SourcesOf(question.Framework).Levels);

    /// <summary>
    /// What the next level asks for: its statements, and those of any level passed on the way. Its AI use and
    /// durable skills are a button away; people asking what a move takes read them as more than they asked for.
    /// </summary>
    public Answer Progression(ProgressionQuestion question)
    {
        var framework = question.Framework;
        return new ProgressionAnswer(framework, RoleLevelOf(framework, question.From), RoleLevelOf(framework, question.To), SourcesOf(framework).Levels)
        {
            Between = [.. framework.Levels.Where(level => level.Level > question.From && level.Level < question.To)],
        };
    }

    public Answer Domain(DomainQuestion question)
    {
        var groups = question.Level is { } level ? [.. question.Domain.Groups.Where(group => group.Level == level)] : question.Domain.Groups;
        return new DomainAnswer(question.Framework, question.Domain, groups, Cited(question.Framework, groups.SelectMany(group => group.Statements)));
    }

    public Answer DomainList(DomainListQuestion question)
    {
        var atLevel = question.Level is { } level ? DomainsAt(question.Framework, question.Framework.Domains, level) : [];
        var statements = atLevel.IsEmpty
            ? question.Framework.Domains.SelectMany(domain => domain.Groups).SelectMany(group => group.Statements)
            : atLevel.SelectMany(domain => domain.Group.Statements);
        return new DomainListAnswer(question.Framework, question.Level, atLevel, Cited(question.Framework, statements));
    }

    public Answer AiUsage(AiUsageQuestion question)
    {
        var groups = question.Level is { } level ? [.. question.Framework.AiUsage.Where(group => group.Level == level)] : question.Framework.AiUsage;

        // The answer shows the evidence pack beside the statements, so its sources are the answer's too.
        var all = SourcesOf(question.Framework).All;
        var cited = SourceCatalog.Cited(all, groups.SelectMany(group => group.Statements));
        return new AiUsageAnswer(question.Framework, groups, [.. all.Where(source => cited.Any(entry => entry.Name == source.Name) || IsEvidenceSource(source))]);
    }

    public Answer SectionCompare(SectionCompareQuestion question)
    {
        var framework = question.Framework;
        StatementGroup? GroupAt(ProficiencyLevel level) => question.Domain is { } domain
            ? domain.Groups.FirstOrDefault(group => group.Level == level)
            : framework.FindAiUsage(level);
        var (left, right) = (GroupAt(question.Left), GroupAt(question.Right));
        var statements = (left?.Statements ?? []).Concat(right?.Statements ?? []);
        return new SectionCompareAnswer(framework, question.Domain, RoleLevelOf(framework, question.Left), RoleLevelOf(framework, question.Right), left, right, Cited(framework, statements));
    }

    public Answer Sections(SectionsQuestion question)
    {
        var framework = question.Framework;
        var ai = question.AiUsage ? framework.FindAiUsage(question.Level) : null;
        var domains = DomainsAt(framework, question.Domains, question.Level);
        var statements = (ai?.Statements ?? []).Concat(domains.SelectMany(domain => domain.Group.Statements));
        var sources = (question.LevelStatements ? SourcesOf(framework).Levels : []).Concat(SourceCatalog.Cited(SourcesOf(framework).All, statements)).DistinctBy(source => source.Name);
        var evidenceSources = question.Evidence ? SourcesOf(framework).All.Where(IsEvidenceSource) : [];
        var listSources = question.Lists.IsEmpty ? [] : ListSources(framework).AsEnumerable();
        return new SectionsAnswer(framework, RoleLevelOf(framework, question.Level), question.LevelStatements, ai, domains, [.. sources.Concat(evidenceSources).Concat(listSources).DistinctBy(source => source.Name)])
        {
            Lists = [.. question.Lists.Select(list => (list, framework.List(list)))],
            Evidence = question.Evidence ? framework.EvidencePack : [],
        };
    }

    public Answer Evidence(EvidenceQuestion question)
    {
        EvidenceFact? asked = null;
        string? group = null;
        if (question.FactLabel is { } label)
        {
            foreach (var candidate in question.Framework.EvidencePack)
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

        return new EvidenceAnswer(question.Framework, asked, group, [.. SourcesOf(question.Framework).All.Where(IsEvidenceSource)]);
    }

    public Answer List(ListQuestion question) =>
        new ListAnswer(question.Framework, question.List, question.Framework.List(question.List), ListSources(question.Framework))
        {
            Others = [.. question.Others.Select(other => (other, question.Framework.List(other)))],
        };

    public Answer ListItem(ListItemQuestion question) =>
        new ListItemAnswer(question.Framework, question.List, question.Item, question.Matches, question.Framework.List(question.List), ListSources(question.Framework))
        {
            Selecting = question.Selecting,
        };

    public Answer Coverage(CoverageQuestion question) => new CoverageAnswer(question.Framework, question.RelatedTitle, ListSources(question.Framework));

    public Answer Scope(ScopeQuestion question)
    {
        var references = knowledge.Index.For(question.Framework).References;
        // Where the boundary runs, not what either side earns: pay sentences are the pay answer's.
        ImmutableArray<ReferencePassage> passages = [.. PassageFinder.Paragraphs(references, question.AskedAbout.Concat(ScopeContextWords), 3).Select(PassageFinder.WithoutPay).OfType<ReferencePassage>()];
        return new ScopeAnswer(question.Framework, question.AskedAbout, question.NamesExcludedWork, passages, [.. ListSources(question.Framework), .. ArticleSources(passages)]);
    }

    public Answer Salary(SalaryQuestion question)
    {
        var passages = PassageFinder.PaySentences(knowledge.Index.For(question.Framework).References);
        return new SalaryAnswer(question.Framework, passages, ArticleSources(passages), question.Level);
    }

    public Answer Education(EducationQuestion question)
    {
        var passages = PassageFinder.Paragraphs(knowledge.Index.For(question.Framework).References, EducationWords, 2);
        return new EducationAnswer(question.Framework, passages, ArticleSources(passages));
    }

    public Answer Statement(StatementQuestion question) =>
        new StatementAnswer(question.Framework, question.Matches, StatementSources(question.Framework, question.Matches));

    public Answer Search(SearchQuestion question)
    {
        var hits = question.Hits;
        var cited = hits.SelectMany(hit => hit.Citations).Select(citation => citation.Label).ToHashSet(StringComparer.Ordinal);
        var (all, levels) = SourcesOf(question.Framework);

        // A role-level statement among the hits stands on the sources the export names for the whole framework, as in a
        // level answer; an article quoted is a source under its own title.
        var framework = hits.Any(hit => hit.Section == StatementSection.RoleLevel) ? levels : [];
        var articles = hits.SelectMany(hit => hit.Citations).Where(citation => !all.Any(source => source.Labels.Contains(citation.Label)))
            .DistinctBy(citation => citation.Label).Select(citation => new SourceEntry(citation.Label, null, null, []));
        return new SearchAnswer(question.Framework, question.Terms, hits, [.. framework.Concat(all.Where(source => source.Labels.Any(cited.Contains))).Concat(articles).DistinctBy(source => source.Name)]);
    }

    public Answer Filter(FilterQuestion question)
    {
        var matches = question.Matches;
        return new FilterAnswer(question.Framework, question.Items, matches, question.Rule, question.Source, question.Terms, StatementSources(question.Framework, matches))
        {
            OfPreviousAnswer = question.OfPreviousAnswer,
        };
    }

    public Answer Sources(SourcesQuestion question)
    {
        var framework = question.Framework;
        if (question.Focus is not { } focus)
        {
            return new SourcesAnswer(framework, null, SourcesOf(framework).All);
        }

        if (!question.Items.IsEmpty)
        {
            return new SourcesAnswer(framework, Describe(focus), StatementSources(framework, question.Items)) { Statements = CitingOwnSources(question.Items.Select(item => item.Statement)) };
        }

        var domain = focus.DomainName is { } name ? framework.FindDomain(name) : null;
        var (label, statements) = focus.Kind switch
        {
            FocusKind.AiUsage => ($"AI usage{LevelSuffix(focus.Level)}", framework.AiUsage.Where(group => focus.Level is null || group.Level == focus.Level).SelectMany(group => group.Statements)),
            FocusKind.Domain when domain is not null => ($"{domain.Name}{LevelSuffix(focus.Level)}", domain.Groups.Where(group => focus.Level is null || group.Level == focus.Level).SelectMany(group => group.Statements)),
            FocusKind.Level or FocusKind.Compare or FocusKind.Progression when focus.Level is { } level => ($"{level} level", Enumerable.Empty<Statement>()),
            _ => ((string?)null, Enumerable.Empty<Statement>()),
        };
        var sources = statements.Any() ? SourceCatalog.Cited(SourcesOf(framework).All, statements) : SourcesOf(framework).Levels;
        return label is null ? new SourcesAnswer(framework, null, SourcesOf(framework).All) : new SourcesAnswer(framework, label, sources) { Statements = CitingOwnSources(statements) };
    }

    /// <summary>The statements that cite sources of their own; role-level statements stand on the framework's.</summary>
    private static ImmutableArray<Statement> CitingOwnSources(IEnumerable<Statement> statements) => [.. statements.Where(statement => !statement.Citations.IsEmpty)];

    public Answer Codes(CodesQuestion question) => new CodesAnswer(question.Framework, ListSources(question.Framework));

    public Answer Ladder(LadderQuestion question) => new LadderAnswer(question.Framework, SourcesOf(question.Framework).Levels);

    public Answer About(AboutQuestion question) => new AboutAnswer(question.Framework, SourcesOf(question.Framework).All);

    public Answer PartlyHeld(PartialQuestion question) => new PartialAnswer(question.Framework, question.Missing, [.. question.Held.Select(held => held.Accept(this))]);

    public Answer Combined(CombinedQuestion question) => new CombinedAnswer(question.Framework, [.. question.Parts.Select(part => part.Accept(this))]);

    public Answer Help(HelpQuestion question) => new HelpAnswer(Occupations(), question.Reason, question.Suggestions);

    public Answer OtherOccupation(OtherOccupationQuestion question) => new OtherOccupationAnswer(question.AskedFor, Occupations());

    public Answer WhichOccupation(WhichOccupationQuestion question) =>
        new WhichOccupationAnswer([.. question.Choices.Take(10).Select(framework => framework.Occupation)], question.Choices.Length, question.PendingText);

    private static RoleLevel RoleLevelOf(OccupationFramework framework, ProficiencyLevel level) =>
        framework.FindLevel(level) ?? new RoleLevel { Level = level, Name = level.ToString(), Statements = [] };

    private static ImmutableArray<DomainStatements> DomainsAt(OccupationFramework framework, IEnumerable<SkillDomain> domains, ProficiencyLevel level) =>
        [.. domains.Select(domain => domain.Groups.FirstOrDefault(group => group.Level == level) is { } group ? new DomainStatements(domain, group) : null).OfType<DomainStatements>()];

    /// <summary>The evidence pack's figures come from the AEI, SAFI and WEF sources, which the page names.</summary>
    private static bool IsEvidenceSource(SourceEntry source) =>
        source.Name.Contains("Anthropic", StringComparison.OrdinalIgnoreCase) || source.Name.Contains("SAFI", StringComparison.OrdinalIgnoreCase) ||
        source.Name.Contains("WEF", StringComparison.OrdinalIgnoreCase);

    /// <summary>The articles quoted, as sources: their titles are the only attribution they carry.</summary>
    private static ImmutableArray<SourceEntry> ArticleSources(IEnumerable<ReferencePassage> passages) =>
        [.. passages.Select(passage => passage.Document).Distinct().Select(document => new SourceEntry(document.Title, null, null, []))];

    private static string Describe(ConversationFocus focus) => focus.Kind switch
    {
        FocusKind.AiUsage => $"AI usage{LevelSuffix(focus.Level)}",
        FocusKind.Domain => $"{focus.DomainName}{LevelSuffix(focus.Level)}",
        FocusKind.Level => $"{focus.Level} level",
        _ => "the previous answer",
    };

    private static string LevelSuffix(ProficiencyLevel? level) => level is { } value ? $" at {value}" : "";

    private ImmutableArray<SourceEntry> Cited(OccupationFramework framework, IEnumerable<Statement> statements) => SourceCatalog.Cited(SourcesOf(framework).All, statements);

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
