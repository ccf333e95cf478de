using System.Collections.Immutable;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Search;

namespace ChatBot.Knowledge.Understanding;

/// <summary>Routes one question about a known occupation, in priority order; one instance per question.</summary>
internal sealed class Router
{
    private static readonly string[] FollowUpOpeners = ["and", "what about", "how about", "same for", "now", "also", "then", "ok", "okay"];

    private readonly Query _query;
    private readonly ConversationContext _context;
    private readonly OccupationResolution _occupation;
    private readonly FrameworkIndex _index;
    private readonly OccupationFramework _framework;
    private readonly HashSet<string> _occupationStems;
    private readonly StatementMatch _statement;
    private readonly List<LevelMention> _levels;

    public Router(Query query, ConversationContext context, OccupationResolution occupation, StoreIndex store)
    {
        _query = query;
        _context = context;
        _occupation = occupation;
        _index = occupation.Framework!;
        _framework = _index.Framework;
        _occupationStems = [.. store.OccupationStems];
        _statement = StatementMatcher.Find(query, _index, new HashSet<string>(_occupationStems, StringComparer.Ordinal));
        var ignored = new HashSet<int>(StatementAsked ? _statement.Positions : []);
        if (occupation.RelatedTitle is { } related)
        {
            ignored.UnionWith(Enumerable.Range(0, query.Stems.Count).Where(i => related.Stems.Contains(query.Stems[i])));
        }

        _levels = LevelWords.Find(query, _occupationStems, ignored);
    }

    private bool StatementAsked =>
        !_statement.IsEmpty && (_statement.Complete
            ? _query.HasAnyPhrase(Lexicon.StatementTriggers) || _statement.Coverage >= 0.6
            : _query.HasAnyPhrase(Lexicon.StatementTriggers) && _statement.Coverage >= 0.5);

    /// <summary>"and advanced?", "what about AI?", "at that level", or a very short reply: it continues the conversation.</summary>
    private bool IsFollowUp =>
        !AsksForEveryLevel &&
        (FollowUpOpeners.Any(opener => _query.IndexOfPhrase(opener) == 0) || _query.HasAnyPhrase(Lexicon.ThatLevel) || _query.Words.Count <= 3);

    /// <summary>"all the leadership statements", "every level": no single level, whatever the context says.</summary>
    private bool AsksForEveryLevel => _query.HasAny("all", "every", "each", "whole", "overall", "entire");

    public Question Route()
    {
        var explicitLevels = _levels.Select(mention => mention.Level).Distinct().ToList();
        var level = explicitLevels.Count > 0 ? explicitLevels[0] : RelativeLevel();

        if (explicitLevels.Count == 0 && (_query.HasAnyPhrase(Lexicon.FitPhrases) || _query.Words.Count >= 30) && LevelFitter.Fit(_query.Raw) is { } fit)
        {
            return new LevelQuestion(_framework, fit.Level, fit.Fit);
        }

        if (_occupation.RelatedTitle is { } related && explicitLevels.Count == 0 && !StatementAsked)
        {
            return new CoverageQuestion(_framework, related.Title);
        }

        if (_query.HasAny(Lexicon.SalaryWords))
        {
            return new SalaryQuestion(_framework);
        }

        var scope = ScopeTerms();
        if (scope.Length > 0 && !StatementAsked)
        {
            return new ScopeQuestion(_framework, scope);
        }

        if (_query.HasAny(Lexicon.EvidenceWords) || Lexicon.EvidencePhrases.Any(HasAllStems))
        {
            var fact = Lexicon.EvidenceFacts.FirstOrDefault(entry => HasAllStems(entry.Phrase)).Label;
            return new EvidenceQuestion(_framework, fact);
        }

        if (_query.HasAny(Lexicon.SourceWords) || _query.HasAnyPhrase(Lexicon.SourcePhrases))
        {
            var aboutThat = _query.HasAny("that", "this", "those", "these", "above", "it") && _context.Focus is not null;
            return new SourcesQuestion(_framework, aboutThat ? _context.Focus : null);
        }

        if (_query.HasAny(Lexicon.CodeWords) || _query.HasPhrase("job zone"))
        {
            return new CodesQuestion(_framework);
        }

        if (_query.HasAnyPhrase(Lexicon.SearchPhrases) && SearchTerms() is { Length: > 0 } terms && !(StatementAsked && _statement.Complete && _statement.Coverage >= 0.99))
        {
            return new SearchQuestion(_framework, terms);
        }

        if (StatementAsked)
        {
            return new StatementQuestion(_framework, [.. _statement.Statements.Select(statement => statement.Placed)]);
        }

        if (_query.HasAny(Lexicon.AiWords) || _query.HasAnyPhrase(Lexicon.AiPhrases))
        {
            return new AiUsageQuestion(_framework, level ?? FollowUpLevel());
        }

        if (FindDomain() is { } domain)
        {
            return new DomainQuestion(_framework, domain, level ?? FollowUpLevel());
        }

        if (_query.HasAnyPhrase(Lexicon.DomainListPhrases))
        {
            return new DomainListQuestion(_framework, level ?? FollowUpLevel());
        }

        if (LevelChange(explicitLevels) is { } change)
        {
            return change;
        }

        if (ListAsked(explicitLevels.Count > 0) is { } list)
        {
            return list;
        }

        if (explicitLevels.Count > 0)
        {
            return FollowUpOf(explicitLevels[0]);
        }

        // Words no route claims ("do they need GIS?") are searched, but only in a question evidently about the
        // framework (it names the occupation, or continues a conversation about it): an off-topic question that happens
        // to share a word ("what's the weather like?") gets help, never a list of statements.
        var aboutFramework = _occupation.Named || _context.Focus is not null;
        if (aboutFramework && SearchTerms() is { Length: > 0 } words && words.Any(word => _index.Idf(Stemmer.Stem(word)) > 0))
        {
            return new SearchQuestion(_framework, words);
        }

        return level is { } contextual
            ? FollowUpOf(contextual)
            : new HelpQuestion(HelpReason.NotUnderstood, SuggestionFinder.Suggest(_query, _index));
    }

    /// <summary>Every word of <paramref name="phrase"/>, in any order and form ("how much time does AI save" has "time saved").</summary>
    private bool HasAllStems(string phrase) => phrase.Split(' ').All(word => _query.HasStem(Stemmer.Stem(word)));

    /// <summary>"that level", "the level below", "the next level": relative to the level in context.</summary>
    private ProficiencyLevel? RelativeLevel()
    {
        if (_context.Level is not { } current)
        {
            return null;
        }

        if (_query.HasAnyPhrase(Lexicon.LevelBelow))
        {
            return current > ProficiencyLevel.Emerging ? current - 1 : current;
        }

        if (_query.HasAnyPhrase(Lexicon.LevelAbove))
        {
            return current < ProficiencyLevel.Advanced ? current + 1 : current;
        }

        return _query.HasAnyPhrase(Lexicon.ThatLevel) ? current : null;
    }

    private ProficiencyLevel? FollowUpLevel() => IsFollowUp ? _context.Level : null;

    /// <summary>A question that names a level and nothing else continues what the conversation was doing.</summary>
    private Question FollowUpOf(ProficiencyLevel level)
    {
        var focus = _context.Focus;
        if (IsFollowUp && focus is not null && _context.SocCode == _framework.Occupation.SocCode)
        {
            if (focus.Kind == FocusKind.Domain && _context.DomainName is { } name && _framework.FindDomain(name) is { } domain)
            {
                return new DomainQuestion(_framework, domain, level);
            }

            if (focus.Kind == FocusKind.AiUsage)
            {
                return new AiUsageQuestion(_framework, level);
            }
        }

        return new LevelQuestion(_framework, level);
    }

    private Question? LevelChange(List<ProficiencyLevel> explicitLevels)
    {
        var progression = _query.HasAnyPhrase(Lexicon.ProgressionPhrases);
        var compare = _query.HasAnyPhrase(Lexicon.ComparePhrases);
        var relative = RelativeLevel();
        var levels = new List<ProficiencyLevel>(explicitLevels);
        if (_query.HasAnyPhrase(Lexicon.ThatLevel) && _context.Level is { } that && !levels.Contains(that))
        {
            levels.Insert(0, that);
        }

        if (relative is { } other && !levels.Contains(other))
        {
            levels.Add(other);
        }

        if (progression && (levels.Count > 0 || _context.Level is not null))
        {
            if (levels.Count >= 2)
            {
                return new ProgressionQuestion(_framework, levels[0], levels[1]);
            }

            var named = levels.Count == 1 ? levels[0] : _context.Level!.Value;
            var fromNamed = _query.HasAny("after", "from", "beyond", "past") || _query.HasAnyPhrase(["next level", "level up", "step up", "move up"]);
            if (fromNamed || levels.Count == 0)
            {
                return named == ProficiencyLevel.Advanced ? new LevelQuestion(_framework, named) : new ProgressionQuestion(_framework, named, named + 1);
            }

            var from = _context.Level is { } current && current < named ? current : (named > ProficiencyLevel.Emerging ? named - 1 : named);
            return from == named ? new LevelQuestion(_framework, named) : new ProgressionQuestion(_framework, from, named);
        }

        if (levels.Count >= 2 && (compare || explicitLevels.Count >= 2))
        {
            return new CompareQuestion(_framework, levels[0], levels[1]);
        }

        if (compare && levels.Count == 1)
        {
            var anchor = _context.Level is { } current && current != levels[0] ? current : (levels[0] < ProficiencyLevel.Advanced ? levels[0] + 1 : levels[0] - 1);
            return new CompareQuestion(_framework, anchor < levels[0] ? anchor : levels[0], anchor < levels[0] ? levels[0] : anchor);
        }

        return null;
    }

    private Question? ListAsked(bool levelNamed)
    {
        foreach (var (list, phrases) in Lexicon.Lists)
        {
            var phrase = phrases.FirstOrDefault(_query.HasPhrase);
            if (phrase is null || (list == OnetList.Skills && levelNamed))
            {
                continue;
            }

            var listWords = phrases.SelectMany(candidate => candidate.Split(' ')).ToHashSet(StringComparer.Ordinal);
            var itemWords = _query.Words
                .Where(word => !StopWords.All.Contains(word) && !listWords.Contains(word) && !Lexicon.ItemCheckPhrases.Contains(word) &&
                               !_occupationStems.Contains(Stemmer.Stem(word)) && !LevelWords.All.Contains(word) &&
                               !Lexicon.ItemFillerWords.Contains(word))
                .ToList();
            if (itemWords.Count == 0 || !AsksYesOrNo())
            {
                return new ListQuestion(_framework, list);
            }

            var matches = ListItemMatcher.Match(itemWords, _index.Lists[list]);
            return new ListItemQuestion(_framework, list, string.Join(' ', itemWords), matches);
        }

        return null;
    }

    /// <summary>"is GIS one of ...", "does X appear ...", "do they use X": a yes-or-no question about an item.</summary>
    private bool AsksYesOrNo() =>
        (_query.Words.Count > 0 && Lexicon.YesNoOpeners.Contains(_query.Words[0])) || _query.HasAnyPhrase(Lexicon.ItemCheckPhrases);

    private SkillDomain? FindDomain()
    {
        // Whole words, not stems: "leadership" stems to "lead", which is also the Advanced level's word.
        foreach (var domain in _framework.Domains)
        {
            var words = Tokenizer.Words(domain.Name).Where(word => !StopWords.All.Contains(word)).ToList();
            if (words.Count > 0 && words.All(word => _query.Has(word) || _query.Has(word + "s")))
            {
                return domain;
            }
        }

        var synonym = _query.Words.Select(word => Lexicon.DomainSynonyms.GetValueOrDefault(word)).FirstOrDefault(name => name is not null)
                      ?? Lexicon.DomainPhraseSynonyms.Where(pair => _query.HasPhrase(pair.Key)).Select(pair => pair.Value).FirstOrDefault();
        return synonym is null ? null : _framework.FindDomain(synonym);
    }

    private ImmutableArray<string> ScopeTerms()
    {
        var terms = _query.Words.Where(word => Lexicon.ScopeWords.Contains(word) || _index.ExcludedWords.Contains(word)).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0 && _query.HasAnyPhrase(Lexicon.ScopePhrases) && _occupation.RelatedTitle is null)
        {
            terms.AddRange(Lexicon.ScopePhrases.Where(_query.HasPhrase).Take(1));
        }

        return [.. terms];
    }

    /// <summary>The words a keyword search looks for: what is left once the routing words are taken out.</summary>
    private ImmutableArray<string> SearchTerms()
    {
        var routing = Lexicon.SearchPhrases.SelectMany(phrase => phrase.Split(' ')).ToHashSet(StringComparer.Ordinal);
        return [.. _query.Words
            .Where(word => !StopWords.All.Contains(word) && !routing.Contains(word) && !_occupationStems.Contains(Stemmer.Stem(word)) &&
                           !LevelWords.All.Contains(word) && !Lexicon.ThatLevel.Contains(word) && !Lexicon.Greetings.Contains(word) &&
                           word is not ("framework" or "statements" or "statement" or "anywhere" or "which" or "come" or "comes" or "know" or "about"))
            .Distinct(StringComparer.Ordinal)];
    }
}
