using System.Collections.Immutable;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding.Mentions;

namespace ChatBot.Knowledge.Understanding.Intents;

/// <summary>How the intent table's rows that need more than one line build their questions.</summary>
internal static class Builders
{
    /// <summary>"the second one": that statement of the previous answer.</summary>
    public static Question? ItemAtPosition(Slots slots)
    {
        var index = slots.Mentions.ItemPosition!.Value;

        // After the ladder, "the second one" is the second level.
        if (slots.Context.Focus?.Kind == FocusKind.Ladder && slots.ContextApplies && index is >= 1 and <= 4)
        {
            return new LevelQuestion(slots.Framework, (ProficiencyLevel)index);
        }

        var items = slots.PreviousItems;
        if (slots.NamedLevel is { } level)
        {
            // "the third Applying one": counted among those at that level; "go back to Applying: the first one" counts
            // in the section the conversation is on, at that level.
            items = items.Any(item => item.Place.Level == level) ? [.. items.Where(item => item.Place.Level == level)] : FocusSectionAt(slots, level);
        }

        var position = index == -1 ? items.Length - 1 : index - 1;
        return position >= 0 && position < items.Length ? new StatementQuestion(slots.Framework, [items[position]]) : null;
    }

    /// <summary>The statements of the section the conversation is on (a domain, AI use, a level's own), at <paramref name="level"/>.</summary>
    private static ImmutableArray<PlacedStatement> FocusSectionAt(Slots slots, ProficiencyLevel level)
    {
        var focus = slots.Context.Focus;
        if (!slots.ContextApplies || focus is null)
        {
            return [];
        }

        if (focus.Kind is FocusKind.AiUsage or FocusKind.AiCompare || (focus.Kind == FocusKind.Statement && focus.WithAi))
        {
            return [.. AiUsageQuestion.Statements(slots.Framework, level)];
        }

        if (focus.DomainName is { } name && focus.Kind is FocusKind.Domain or FocusKind.DomainCompare or FocusKind.Statement && slots.Framework.FindDomain(name) is { } domain)
        {
            return [.. DomainQuestion.Statements(domain, level)];
        }

        return focus.Kind is FocusKind.Level or FocusKind.Compare or FocusKind.Progression or FocusKind.Statement ? [.. LevelQuestion.Statements(slots.Framework, level)] : [];
    }

    /// <summary>The section the conversation is on at <paramref name="level"/>, else the one section <paramref name="items"/> share.</summary>
    private static ImmutableArray<PlacedStatement> SameSectionAt(Slots slots, ImmutableArray<PlacedStatement> items, ProficiencyLevel level)
    {
        var focused = FocusSectionAt(slots, level);
        if (!focused.IsEmpty || items.IsEmpty || items.Select(item => (item.Place.Section, item.Place.DomainName)).Distinct().Count() != 1)
        {
            return focused;
        }

        var place = items[0].Place;
        return place.Section switch
        {
            StatementSection.AiUsage => [.. AiUsageQuestion.Statements(slots.Framework, level)],
            StatementSection.Domain when slots.Framework.FindDomain(place.DomainName ?? "") is { } domain => [.. DomainQuestion.Statements(domain, level)],
            StatementSection.RoleLevel => [.. LevelQuestion.Statements(slots.Framework, level)],
            _ => [],
        };
    }

    /// <summary>"that one", "the Developing one": the one statement of the previous answer it can mean.</summary>
    public static Question? SingleItem(Slots slots)
    {
        var items = slots.PreviousItems;
        if (slots.NamedLevel is { } level)
        {
            items = [.. items.Where(item => item.Place.Level == level)];
        }

        // After a search, "that one" is its best hit.
        var single = items.Length == 1 || (items.Length > 1 && slots.Context.Focus?.Kind == FocusKind.Search && slots.NamedLevel is null);
        return single && slots.Mentions.Message.HasAny("one", "it", "that", "this", "statement")
            ? new StatementQuestion(slots.Framework, [items[0]])
            : null;
    }

    /// <summary>
    /// "which of those cite Pathsmith?", "do any of them mention radio?", "which AI statements cite WEF?": a section named,
    /// or else the previous answer, kept to the statements that cite a source or use a word.
    /// </summary>
    public static Question? Filter(Slots slots)
    {
        var mentions = slots.Mentions;

        // "which of the O*NET skills are about problem solving?", or after a list "which of those involve radios?",
        // asks about a list, which holds no statements to filter.
        if (slots.List is not null)
        {
            return null;
        }

        var items = SectionNamed(slots);
        var ofPreviousAnswer = items.IsEmpty;
        if (items.IsEmpty && slots.IsFollowUp && (mentions.Has(Cue.Reference) || mentions.Has(Cue.Which) || mentions.Message.HasAny("any", "which", "ones")))
        {
            items = slots.PreviousItems;
            if (slots.NamedLevel is { } level)
            {
                // "and level 3's mapping one?" after level 1's: the same section, at the level named.
                items = items.Any(item => item.Place.Level == level) ? [.. items.Where(item => item.Place.Level == level)] : SameSectionAt(slots, items, level);
            }
        }

        if (items.IsEmpty)
        {
            return null;
        }

        // "which one has no citation?": those citing nothing.
        if (mentions.Cue(Cue.Uncited) >= 1)
        {
            return new FilterQuestion(slots.Framework, items, FilterRule.CitesNothing, null, []) { OfPreviousAnswer = ofPreviousAnswer };
        }

        // "which ... cite Pathsmith?", "do any of them come from O*NET?", "which doesn't cite WEF?": a source named after a citing word.
        var asksWhich = mentions.Has(Cue.YesNo) || mentions.Has(Cue.Search) || mentions.Has(Cue.Reference) || mentions.Has(Cue.Only) || mentions.Has(Cue.Which);
        if (mentions.SourceNamed is { } source && mentions.Has(Cue.Cite) && asksWhich)
        {
            var rule = mentions.SourceExcluded ? FilterRule.DoesNotCite : mentions.Has(Cue.Only) ? FilterRule.CitesOnly : FilterRule.Cites;
            return new FilterQuestion(slots.Framework, items, rule, source, []) { OfPreviousAnswer = ofPreviousAnswer };
        }

        // A filter by words needs both a pointer back to several ("of those", "any of them", "the level 4 ones") and a word to look for.
        var pointsBack = mentions.Has(Cue.Which) || (mentions.Cue(Cue.Search) >= 1 && PointsBackToSeveral(mentions.Message));
        return pointsBack && !mentions.SearchTerms.IsEmpty
            ? new FilterQuestion(slots.Framework, items, FilterRule.Mentions, null, mentions.SearchTerms) { OfPreviousAnswer = ofPreviousAnswer }
            : null;
    }

    private static bool PointsBackToSeveral(Messages.Message message)
    {
        for (var i = 0; i < message.Count; i++)
        {
            if (message.Words[i] is "those" or "them" or "these" or "ones" or "any" && message.Asking[message.SentenceOf[i]])
            {
                return true;
            }
        }

        return false;
    }

    private static bool PointsAtOne(Messages.Message message)
    {
        for (var i = 1; i < message.Count; i++)
        {
            if (message.Words[i] is "one" or "bit" or "line" or "statement" && message.Words[i - 1] is "the" or "that" or "this"
                || (message.Words[i] == "one" && i >= 2 && message.Words[i - 2] is "the" or "that"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one statement of the previous answer that uses the most of the words looked for, if one does.</summary>
    private static PlacedStatement? BestOfPrevious(Slots slots)
    {
        var words = slots.Mentions.SearchTerms.Select(Knowledge.Search.SearchSynonyms.StemsOf).ToList();
        var scored = slots.PreviousItems
            .Select(item => (item, Score: FilterQuestion.WordsUsed(words, item)))
            .OrderByDescending(entry => entry.Score)
            .ToList();
        return scored.Count > 0 && scored[0].Score > 0 && (scored.Count == 1 || scored[1].Score < scored[0].Score) ? scored[0].item : null;
    }

    /// <summary>A search, inside the section the message names (AI use, a domain, a level's statements) when it names one.</summary>
    public static Question Search(Slots slots)
    {
        var mentions = slots.Mentions;

        // "the one about peak demand", "the capacity one": a statement of the previous answer, before the whole framework.
        if (slots.IsFollowUp && PointsAtOne(mentions.Message) && BestOfPrevious(slots) is { } shown)
        {
            return new StatementQuestion(slots.Framework, [shown]);
        }

        var level = slots.NamedLevel;
        var scope = mentions.Has(Cue.LevelStatements) ? new Search.SearchScope(StatementSection.RoleLevel, level)
            : mentions.Has(Cue.Ai) ? new Search.SearchScope(StatementSection.AiUsage, level)
            : slots.Domain is { } domain ? new Search.SearchScope(StatementSection.Domain, level, domain.Name)
            : mentions.Has(Cue.DurableSkills) ? new Search.SearchScope(StatementSection.Domain, level)
            : mentions.List is { Weight: > 0 } list ? new Search.SearchScope { List = list.List }
            : level is not null ? new Search.SearchScope(null, level)
            : Knowledge.Search.SearchScope.Everywhere;
        return SearchQuestion.Find(mentions.Framework, mentions.SearchTerms, scope);
    }

    /// <summary>The statements of the section the message names, at the level it names (or every level).</summary>
    private static ImmutableArray<PlacedStatement> SectionNamed(Slots slots)
    {
        var mentions = slots.Mentions;
        var level = slots.NamedLevel;
        if (mentions.Has(Cue.Ai))
        {
            return [.. AiUsageQuestion.Statements(slots.Framework, level)];
        }

        if (slots.Domain is { } domain)
        {
            return [.. DomainQuestion.Statements(domain, level)];
        }

        if (level is { } named && mentions.Has(Cue.LevelStatements))
        {
            return [.. LevelQuestion.Statements(slots.Framework, named)];
        }

        // "which Developing one cites only SAFI?" after AI use: the section the conversation is on, at the level named.
        return slots.IsFollowUp && level is { } atLevel ? slots.Context.Focus?.Kind switch
        {
            FocusKind.AiUsage or FocusKind.AiCompare => [.. AiUsageQuestion.Statements(slots.Framework, atLevel)],
            FocusKind.Domain or FocusKind.DomainCompare when slots.Context.Focus.DomainName is { } name && slots.Framework.FindDomain(name) is { } focusDomain
                => [.. DomainQuestion.Statements(focusDomain, atLevel)],
            _ => [],
        } : [];
    }

    public static Question Fit(Slots slots)
    {
        var (level, fit) = slots.Mentions.Fit!.Value;
        return new LevelQuestion(slots.Framework, level, fit);
    }

    /// <summary>Several sections at one level: those named, in the framework's order.</summary>
    public static Question? Sections(Slots slots)
    {
        var mentions = slots.Mentions;
        if (slots.Level is not { } level)
        {
            return null;
        }

        // Named domains are the ones asked for; "the durable skills" with none named asks for all of them.
        var domains = !slots.Domains.IsEmpty ? slots.Domains : mentions.Has(Cue.DurableSkills) ? slots.Framework.Domains : [];
        var levelStatements = mentions.Has(Cue.LevelStatements);
        var ai = mentions.Has(Cue.Ai);
        var evidence = mentions.Has(Cue.Evidence);
        var lists = mentions.Lists;
        var parts = (levelStatements ? 1 : 0) + (ai ? 1 : 0) + (domains.IsEmpty ? 0 : 1) + (evidence ? 1 : 0) + lists.Length;
        if (parts < 2 && domains.Length < 2)
        {
            return null;
        }

        return new SectionsQuestion(slots.Framework, level, levelStatements, ai, [.. slots.Framework.Domains.Where(domains.Contains)]) { Lists = lists, Evidence = evidence };
    }

    public static Question Progression(Slots slots)
    {
        var (from, to) = slots.Move!.Value;

        // "I need to work on critical thinking to move up: what does it look like at the next level?": that section, where they are going.
        if (slots.Domain is { } domain && !slots.Mentions.Has(Cue.LevelStatements))
        {
            return new DomainQuestion(slots.Framework, domain, to);
        }

        if (slots.Mentions.Has(Cue.Ai) && !slots.Mentions.Has(Cue.LevelStatements))
        {
            return new AiUsageQuestion(slots.Framework, to);
        }

        return from == to || to < from ? new LevelQuestion(slots.Framework, to) : new ProgressionQuestion(slots.Framework, from, to);
    }

    /// <summary>
    /// A follow-up keeps what the previous answer was about and changes only what it names: "and for seniors?" after
    /// communication at mid-level is communication at Proficient; "now 3 vs 4" after a comparison compares those.
    /// </summary>
    public static Question? Continue(Slots slots)
    {
        var focus = slots.Context.Focus!;

        // "the main statements for that level, not the AI ones": the section the conversation was on is turned away.
        if ((focus.Kind is FocusKind.AiUsage or FocusKind.AiCompare && slots.Mentions.Cue(Cue.Ai) < 0)
            || (focus.Kind is FocusKind.Domain or FocusKind.DomainCompare or FocusKind.DurableSkills && slots.Mentions.Cue(Cue.DurableSkills) < 0))
        {
            return slots.Level is { } wanted ? new LevelQuestion(slots.Framework, wanted) : null;
        }

        var levels = slots.Levels;
        var domain = slots.Domain;
        if (levels.Count == 0 && domain is null)
        {
            return null;
        }

        // A list, a statement or a search is continued only by naming a level: "is integrity one of them?" is no domain question.
        if (focus.Kind is FocusKind.List or FocusKind.Evidence or FocusKind.Statement or FocusKind.Search or FocusKind.Sources or FocusKind.Other && levels.Count == 0)
        {
            return null;
        }

        var framework = slots.Framework;
        var level = levels.Count > 0 ? levels[0] : focus.OtherLevel ?? focus.Level ?? slots.Context.Level;

        // After a filter: "same question for Advanced?" filters that section again at Advanced; "and at Advanced,
        // anything with GIS?" filters it by the new words.
        var again = slots.Mentions.Message.HasAny("same", "equivalent", "equivalents", "counterpart", "counterparts");
        if (focus.Filter is { } rule && levels.Count == 1 && domain is null && (again || !slots.Mentions.SearchTerms.IsEmpty)
            && FocusSectionAt(slots, levels[0]) is { IsEmpty: false } section)
        {
            var same = again || slots.Mentions.SearchTerms.IsEmpty;
            var terms = same ? focus.FilterTerms : slots.Mentions.SearchTerms;
            var newRule = same ? rule : FilterRule.Mentions;
            var source = newRule == FilterRule.Mentions ? null : slots.Mentions.Framework.Sources.FirstOrDefault(candidate => candidate.Name == focus.FilterSource);
            return new FilterQuestion(framework, section, newRule, source, newRule == FilterRule.Mentions ? terms : []);
        }

        // "compare with proficient", "how is that different from the level above": the conversation's level and the one named.
        var pair = levels.Count >= 2 ? (levels[0], levels[1])
            : slots.Mentions.Has(Cue.Compare) && slots.Pair is { } compared ? compared
            : ((ProficiencyLevel, ProficiencyLevel)?)null;
        var focusDomain = focus.DomainName is { } name ? framework.FindDomain(name) : null;
        switch (focus.Kind)
        {
            case FocusKind.Domain or FocusKind.DomainCompare when domain is not null || focusDomain is not null:
                var asked = domain ?? focusDomain!;
                if (pair is { } domainPair)
                {
                    return new SectionCompareQuestion(framework, asked, domainPair.Item1, domainPair.Item2);
                }

                if (focus.Kind == FocusKind.DomainCompare && levels.Count == 0)
                {
                    return new SectionCompareQuestion(framework, asked, focus.Level!.Value, focus.OtherLevel!.Value);
                }

                return new DomainQuestion(framework, asked, levels.Count == 0 && focus.Level is null ? null : level);
            case FocusKind.AiUsage or FocusKind.AiCompare when domain is null:
                if (pair is { } aiPair)
                {
                    return new SectionCompareQuestion(framework, null, aiPair.Item1, aiPair.Item2);
                }

                return new AiUsageQuestion(framework, level);
            case FocusKind.DurableSkills when domain is null:
                return new DomainListQuestion(framework, level);
            case FocusKind.Sections when domain is null && level is { } sectionsLevel:
                return new SectionsQuestion(framework, sectionsLevel, focus.WithLevelStatements, focus.WithAi,
                    [.. framework.Domains.Where(candidate => focus.Domains.Contains(candidate.Name))]);
            case FocusKind.Compare when pair is { } levelPair:
                return new CompareQuestion(framework, levelPair.Item1, levelPair.Item2);
            case FocusKind.Statement when focus.WithAi && domain is null && levels.Count > 0:
                return pair is { } statementPair ? new SectionCompareQuestion(framework, null, statementPair.Item1, statementPair.Item2) : new AiUsageQuestion(framework, level);
            case FocusKind.Statement when focusDomain is not null && levels.Count > 0:
                return pair is { } domainStatementPair
                    ? new SectionCompareQuestion(framework, domain ?? focusDomain, domainStatementPair.Item1, domainStatementPair.Item2)
                    : new DomainQuestion(framework, domain ?? focusDomain, level);
            case FocusKind.Progression when domain is null && levels.Count == 1 && focus.OtherLevel is { } reached && levels[0] > reached:
                return new ProgressionQuestion(framework, reached, levels[0]);
        }

        if (domain is not null)
        {
            return new DomainQuestion(framework, domain, level);
        }

        return pair is { } pairOfLevels ? new CompareQuestion(framework, pairOfLevels.Item1, pairOfLevels.Item2) : level is { } only ? new LevelQuestion(framework, only) : null;
    }

    /// <summary>"is GIS one of the technologies?", or after a list, "is integrity one of them?".</summary>
    public static Question? ListItem(Slots slots)
    {
        var mentions = slots.Mentions;
        var list = slots.List;
        var which = mentions.Has(Cue.Which);
        if (list is null || !(mentions.Has(Cue.YesNo) || mentions.Has(Cue.ListItemNamed) || which))
        {
            return null;
        }

        // "which of the abilities are about speech or hearing?", "any aviation ones?": the items with any of the words.
        var matches = which
            ? ListItemMatcher.MatchAny(mentions.ItemWords, mentions.Framework.Lists[list.Value])
            : ListItemMatcher.Match(mentions.ItemWords, mentions.Framework.Lists[list.Value]);
        return new ListItemQuestion(slots.Framework, list.Value, string.Join(' ', mentions.ItemWords), matches) { Selecting = which };
    }

    public static Question Scope(Slots slots)
    {
        // "what do dispatchers earn?" then "and 911 operators?": their pay, not the framework's boundary.
        if (slots.IsFollowUp && slots.Context.Focus?.Kind == FocusKind.Pay && !slots.Mentions.Has(Cue.ScopeAsk)
            && (slots.Mentions.Has(Cue.FollowUp) || slots.Mentions.Message.Count <= 4))
        {
            return new SalaryQuestion(slots.Framework, null);
        }

        var terms = slots.Mentions.ScopeTerms;
        return terms.IsEmpty
            ? new ScopeQuestion(slots.Framework, ["scope"], false)
            : new ScopeQuestion(slots.Framework, terms, true);
    }

    /// <summary>The sources of a level or section named, of the previous answer ("what backs that?"), or of the whole framework.</summary>
    public static Question Sources(Slots slots)
    {
        var mentions = slots.Mentions;
        if (slots.Domain is { } domain)
        {
            return new SourcesQuestion(slots.Framework, new ConversationFocus(FocusKind.Domain, slots.NamedLevel, domain.Name));
        }

        if (mentions.Has(Cue.Ai))
        {
            return new SourcesQuestion(slots.Framework, new ConversationFocus(FocusKind.AiUsage, slots.NamedLevel, null));
        }

        if (slots.NamedLevel is { } level)
        {
            return new SourcesQuestion(slots.Framework, new ConversationFocus(FocusKind.Level, level, null));
        }

        return slots.IsFollowUp && slots.Context.Focus is { } focus
            ? new SourcesQuestion(slots.Framework, focus, slots.PreviousItems)
            : new SourcesQuestion(slots.Framework, null);
    }
}
