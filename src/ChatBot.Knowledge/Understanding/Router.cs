using System.Collections.Frozen;
using System.Collections.Immutable;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Search;

namespace ChatBot.Knowledge.Understanding;

/// <summary>Routes one question about a known occupation, in priority order; one instance per question.</summary>
internal sealed class Router
{
    private static readonly FrozenSet<string> ScopeWords = Lexicon.ScopeWords.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] FollowUpOpeners = ["and", "what about", "how about", "same for", "now", "also", "then", "ok", "okay"];

    private readonly Query _query;
    private readonly ConversationContext _context;
    private readonly OccupationResolution _occupation;
    private readonly FrameworkIndex _index;
    private readonly OccupationFramework _framework;
    private readonly FrozenSet<string> _occupationStems;
    private readonly StatementMatch _statement;
    private readonly List<LevelMention> _levels;

    public Router(Query query, ConversationContext context, OccupationResolution occupation, StoreIndex store)
    {
        _query = query;
        _context = context;
        _occupation = occupation;
        _index = occupation.Framework!;
        _framework = _index.Framework;
        _occupationStems = store.OccupationStems;
        _statement = StatementMatcher.Find(query, _index, LevelWords.PositionsQualifying(query, _index.TitleStems));
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
        (_query.StartsWithAnyPhrase(FollowUpOpeners) || _query.HasAnyPhrase(Lexicon.ThatLevel) || _query.Words.Count <= 3);

    /// <summary>"all the leadership statements", "every level": no single level, whatever the context says.</summary>
    private bool AsksForEveryLevel => _query.HasAny("all", "every", "each", "whole", "overall", "entire");

    public Question Route()
    {
        var explicitLevels = new List<ProficiencyLevel>(_levels.Count);
        foreach (var mention in _levels)
        {
            if (!explicitLevels.Contains(mention.Level))
            {
                explicitLevels.Add(mention.Level);
            }
        }

        var level = explicitLevels.Count > 0 ? explicitLevels[0] : RelativeLevel();

        // Someone described rather than a level named ("first year, on their own, not the complex work yet").
        // A described person can mention other levels ("shadowing a senior"), so the cues win when asked to place them.
        var fitAsked = _query.HasAnyPhrase(Lexicon.FitPhrases) || (_query.HasAny(Lexicon.FitVerbs) && _query.HasAny("where", "which", "what"));
        if ((fitAsked || (explicitLevels.Count == 0 && _query.Words.Count >= 30)) && LevelFitter.Fit(_query.Raw) is { } fit)
        {
            return new LevelQuestion(_framework, fit.Level, fit.Fit);
        }

        // A statement's whole title asked about ("what is AI autonomy calibration?") beats the words inside it.
        if (StatementAsked && _statement.Complete && _query.HasAnyPhrase(Lexicon.StatementTriggers))
        {
            return Statement();
        }

        if (_occupation.RelatedTitle is { } related && explicitLevels.Count == 0 && !StatementAsked)
        {
            return new CoverageQuestion(_framework, related.Title);
        }

        if (_query.HasAny(Lexicon.SalaryWords) || _query.HasAllOfAny(Lexicon.SalaryWordSets))
        {
            return new SalaryQuestion(_framework);
        }

        var (scope, excluded) = ScopeTerms();
        if (scope.Length > 0 && !StatementAsked)
        {
            return new ScopeQuestion(_framework, scope, excluded);
        }

        if (_query.HasAny(Lexicon.EvidenceWords) || Lexicon.EvidencePhrases.Any(_query.HasAllStems))
        {
            var fact = Lexicon.EvidenceFacts.FirstOrDefault(entry => _query.HasAllStems(entry.Phrase)).Label;
            return new EvidenceQuestion(_framework, fact);
        }

        if (_query.HasAny(Lexicon.SourceWords) || _query.HasAnyPhrase(Lexicon.SourcePhrases) || _query.HasAllOfAny(Lexicon.SourceWordSets))
        {
            // "which sources back the advanced level?" asks for that level's sources, as "the sources for that" does
            // after a level answer; with neither, the framework's whole source list.
            var aboutThat = _query.HasAny("that", "this", "those", "these", "above", "it") && _context.Focus is not null;
            var focus = explicitLevels.Count > 0 ? new ConversationFocus(FocusKind.Level, explicitLevels[0], null) : aboutThat ? _context.Focus : null;
            return new SourcesQuestion(_framework, focus);
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
            return Statement();
        }

        if (_query.HasAny(Lexicon.AiWords) || _query.HasAnyPhrase(Lexicon.AiPhrases))
        {
            return new AiUsageQuestion(_framework, level ?? FollowUpLevel());
        }

        // "is leadership one of the work styles?": a yes-or-no check on a named list beats the domain the item names.
        if (AsksYesOrNo() && ListAsked(explicitLevels.Count > 0) is ListItemQuestion check)
        {
            return check;
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

        // A relative level ("and the level below?") continues what the conversation was doing.
        if (level is { } relativeLevel && (_query.HasAnyPhrase(Lexicon.LevelBelow) || _query.HasAnyPhrase(Lexicon.LevelAbove)))
        {
            return FollowUpOf(relativeLevel);
        }

        if (IsHelp(_query))
        {
            return new HelpQuestion(HelpReason.Welcome, []);
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

    /// <summary>A greeting, thanks, or a request for help, and nothing more specific.</summary>
    public static bool IsHelp(Query query) =>
        query.HasAnyPhrase(Lexicon.HelpPhrases) ||
        query.Words.All(word => Lexicon.Greetings.Contains(word) || StopWords.All.Contains(word) || word is "skills" or "bot");

    private StatementQuestion Statement() => new(_framework, [.. _statement.Statements.Select(statement => statement.Placed)]);

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
        // "from developing to proficient" is a progression even without a progression verb, and so is "get my junior
        // to mid-level": one of two named levels is where someone is going. "compare developing to proficient" is not.
        var towards = explicitLevels.Count >= 2 && _levels.Any(mention => Direction(mention.Position) == true);
        var fromTo = towards && _levels.Any(mention => Direction(mention.Position) == false);
        var compare = _query.HasAnyPhrase(Lexicon.ComparePhrases);
        var progression = _query.HasAnyPhrase(Lexicon.ProgressionPhrases) || fromTo || (towards && !compare);
        var relative = RelativeLevel();

        // "what's the next level?" in a conversation at Developing: from Developing to the level above it.
        if (progression && explicitLevels.Count == 0 && relative is { } next && _context.Level is { } here)
        {
            return next > here ? new ProgressionQuestion(_framework, here, next) : new LevelQuestion(_framework, next);
        }

        var levels = new List<ProficiencyLevel>(explicitLevels);
        if (_query.HasAnyPhrase(Lexicon.ThatLevel) && _context.Level is { } that && !levels.Contains(that))
        {
            levels.Insert(0, that);
        }

        if (relative is { } other && !levels.Contains(other))
        {
            levels.Add(other);
        }

        // "put developing and proficient side by side, what changes between them": an explicit comparison wins
        // unless the question says which way ("from developing to proficient").
        if (compare && levels.Count >= 2 && !fromTo)
        {
            return new CompareQuestion(_framework, levels[0], levels[1]);
        }

        if (progression && (levels.Count > 0 || _context.Level is not null))
        {
            return Progression(levels);
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

    /// <summary>
    /// Which named level is the target: the one right after "to", "into", "become" or "reach" ("path to senior
    /// from mid level"); the other is where the person stands ("I'm a L2, how do I get promoted?").
    /// </summary>
    private Question Progression(List<ProficiencyLevel> levels)
    {
        var targets = _levels.Where(mention => Direction(mention.Position) == true).Select(mention => mention.Level).Distinct().ToList();
        if (levels.Count >= 2)
        {
            // With no "to", the move is up the ladder ("level 3 -> level 4 what changes").
            var to = targets.Count > 0 ? targets[0] : levels.Max();
            var from = levels.First(candidate => candidate != to);
            return new ProgressionQuestion(_framework, from, to);
        }

        var named = levels.Count == 1 ? levels[0] : _context.Level!.Value;
        if (targets.Count == 0)
        {
            return named == ProficiencyLevel.Advanced ? new LevelQuestion(_framework, named) : new ProgressionQuestion(_framework, named, named + 1);
        }

        var start = _context.Level is { } current && current < named ? current : (named > ProficiencyLevel.Emerging ? named - 1 : named);
        return start == named ? new LevelQuestion(_framework, named) : new ProgressionQuestion(_framework, start, named);
    }

    /// <summary>True when the nearest marker before the level makes it the target, false when it makes it the start, null for neither.</summary>
    private bool? Direction(int position)
    {
        for (var i = position - 1; i >= Math.Max(0, position - 3); i--)
        {
            switch (_query.Words[i])
            {
                case "to" or "into" or "become" or "becoming" or "reach" or "reaching" or "towards":
                    return true;
                case "from" or "after" or "beyond" or "past" or "am" or "i'm" or "im" or "currently":
                    return false;
            }

            if (_levels.Any(mention => mention.Position == i))
            {
                return null;
            }
        }

        return null;
    }

    private Question? ListAsked(bool levelNamed)
    {
        foreach (var (list, phrases) in Lexicon.Lists)
        {
            var phrase = _query.FirstPhrase(phrases);
            if (phrase is null || (levelNamed && Lexicon.SoftListWords.Contains(phrase)))
            {
                continue;
            }

            var listWords = Lexicon.ListWords[list];
            var itemWords = _query.Words
                .Where(word => !StopWords.All.Contains(word) && !listWords.Contains(word) && !Lexicon.ItemCheckPhrases.Contains(word) &&
                               !_index.TitleStems.Contains(Stemmer.Stem(word)) && !LevelWords.All.Contains(word) &&
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
        foreach (var (domain, words) in _index.DomainWords)
        {
            if (words.Length > 0 && HasEveryWordOrPlural(words))
            {
                return domain;
            }
        }

        var synonym = _query.Words.Select(word => Lexicon.DomainSynonyms.GetValueOrDefault(word)).FirstOrDefault(name => name is not null)
                      ?? Lexicon.DomainPhraseSynonyms.Where(pair => _query.HasPhrase(pair.Key)).Select(pair => pair.Value).FirstOrDefault();
        return synonym is null ? null : _framework.FindDomain(synonym);
    }

    private bool HasEveryWordOrPlural(string[] words)
    {
        foreach (var word in words)
        {
            if (!_query.HasWordOrPlural(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// What a scope question asks about, and whether that is work the framework leaves out ("911", "police", "public
    /// safety") or its scope in general ("who is this for?", "does it apply to fleet dispatchers?", "is a taxi dispatcher
    /// covered?"): only the first gets "not what this framework describes".
    /// </summary>
    private (ImmutableArray<string> Terms, bool NamesExcludedWork) ScopeTerms()
    {
        // Most questions have no scope word: look before building anything.
        List<string> terms = [];
        foreach (var word in _query.Words)
        {
            if ((ScopeWords.Contains(word) || _index.ExcludedWords.Contains(word)) && !terms.Contains(word))
            {
                terms.Add(word);
            }
        }

        if (terms.Count > 0)
        {
            return ([.. terms], true);
        }

        if (_query.FirstPhrase(Lexicon.OutOfScopePhrases) is { } service)
        {
            return ([service], true);
        }

        if (_occupation.RelatedTitle is null && (_query.FirstPhrase(Lexicon.ScopePhrases) ?? AsksIfCovered()) is { } general)
        {
            return ([general], false);
        }

        return ([], false);
    }

    /// <summary>"is a taxi dispatcher covered?", "are trainers included?": a title that is not a related one.</summary>
    private string? AsksIfCovered() =>
        _query.Words.Count >= 3 && _query.Words[0] is "is" or "are" && _query.Words[^1] is "covered" or "included" ? _query.Words[^1] : null;

    /// <summary>
    /// The words a keyword search looks for: what is left once the routing words and this occupation's own title words
    /// are taken out. Other occupations' title words stay: "angry customers" is still about customers.
    /// </summary>
    private ImmutableArray<string> SearchTerms()
    {
        var routing = Lexicon.SearchPhraseWords;
        return [.. _query.Words
            .Where(word => !StopWords.All.Contains(word) && !routing.Contains(word) && !_index.TitleStems.Contains(Stemmer.Stem(word)) &&
                           !LevelWords.All.Contains(word) && !Lexicon.ThatLevel.Contains(word) && !Lexicon.Greetings.Contains(word) &&
                           !Lexicon.HelpPhrases.Contains(word) &&
                           word is not ("framework" or "statements" or "statement" or "anywhere" or "which" or "come" or "comes" or "know" or "about" or "regarding"))
            .Distinct(StringComparer.Ordinal)];
    }
}
