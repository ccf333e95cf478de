using System.Collections.Frozen;
using System.Collections.Immutable;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Text;
using ChatBot.Knowledge.Understanding.Messages;

namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>
/// Stage 2, extract mentions: the cues, levels (with what each is to the speaker), domains, statement titles, lists,
/// sources, positions in the previous answer and the words left to search, each with where it stands.
/// </summary>
internal static class MentionFinder
{
    private static readonly PhraseTable<OnetList> ListTable = new(Lexicon.Lists.SelectMany(entry => entry.Phrases.Select(phrase => (phrase, entry.List))));


    /// <summary>Cues that say what is asked about, not how: one of these (or a level or domain) makes a sentence more than a pointer.</summary>
    private static readonly HashSet<Cue> Topics =
    [
        Cue.Ai, Cue.DurableSkills, Cue.Evidence, Cue.Codes, Cue.Ladder, Cue.Version, Cue.Publisher, Cue.ScopeAsk, Cue.Pay, Cue.Education,
        Cue.Sources, Cue.LevelStatements, Cue.Compare, Cue.Progression, Cue.Fit, Cue.Search, Cue.Article,
    ];

    public static MentionSet Find(Message message, OccupationResolution occupation, StoreIndex store)
    {
        var found = FindIn(message, occupation, store);

        // "They've asked for the SOC code and the CIP code. Can you give me both?": the asking sentence only points back.
        return message.SentenceCount > 1 && !AskingNamesATopic(found) ? FindIn(message.AskingEverywhere(), occupation, store) : found;
    }

    private static bool AskingNamesATopic(MentionSet found)
    {
        var message = found.Message;
        bool Asks(int position) => message.Asking[message.SentenceOf[position]];
        return found.Levels.Any(mention => mention.Role != LevelRole.OtherPerson && !(mention.IsRelative && mention.Shift == 0) && Asks(mention.Position))
            || found.Domains.Any(domain => Asks(domain.Position))
            || found.Statement is { IsEmpty: false, Complete: true }
            || found.List is { Weight: >= 1 }
            || found.Cues.Any(cue => Topics.Contains(cue.Key) && cue.Value >= 1);
    }

    private static MentionSet FindIn(Message message, OccupationResolution occupation, StoreIndex store)
    {
        var framework = occupation.Framework!;
        var consumed = new bool[message.Count];
        var cues = new Dictionary<Cue, double>();
        var levels = LevelMentionFinder.Find(message, store.OccupationStems);

        // "a line about a newbie passing repairs up to a senior dispatcher": the people in a description are what the
        // statement says, not levels asked about; "one about radio at Proficient" still places it.
        var description = Described(message);
        if (description is { } described)
        {
            levels.RemoveAll(mention => mention.Position >= described.Start && mention.Position < described.End && !PlacesTheDescription(message, mention.Position));
        }

        PromoteReferredLevels(message, levels);
        var aiWords = new bool[message.Count];

        // A list's name is more specific than the cue words inside it ("knowledge domains" is no durable-skill domain).
        var listHits = ListTable.FindAll(message);
        var inList = new bool[message.Count];
        foreach (var hit in listHits)
        {
            Consume(inList, hit.Start, hit.Length);
        }

        if (AsksYesOrNo(message) is { } yesNo)
        {
            Add(cues, Cue.YesNo, message.Weight(yesNo));
        }

        var domains = DomainFinder.Find(message, framework.Framework);

        // "I keep hearing 'metacognition' ... what does the framework want from me on that?": the asking sentence
        // points back at the domain its background names.
        if (domains.Count > 0 && domains.TrueForAll(domain => domain.Weight is > 0 and < 1) && PointsBackInAsking(message))
        {
            domains = [.. domains.Select(domain => (domain.Domain, domain.Position, 1.0))];
        }

        foreach (var (_, position, weight) in domains)
        {
            consumed[position] = true;
            Add(cues, Cue.Domain, weight);
        }

        var cueHits = CueLexicon.Table.FindAll(message);
        foreach (var hit in cueHits.Where(hit => hit.Value.Contains(Cue.Ai)))
        {
            Consume(aiWords, hit.Start, hit.Length);
        }

        // "I already have the Proficient statements. What I need now is only the AI part": only what follows "only".
        var onlyFrom = OnlyScope(message, cueHits);
        if (onlyFrom is { } only)
        {
            cueHits = [.. cueHits.Where(hit => !hit.Value.Any(IsSection) || InOnlyScope(message, only, hit.Start))];
            domains = [.. domains.Where(domain => InOnlyScope(message, only, domain.Position))];
            listHits = [.. listHits.Where(hit => InOnlyScope(message, only, hit.Start))];
            cues.Remove(Cue.Domain);
            foreach (var (_, _, weight) in domains)
            {
                Add(cues, Cue.Domain, weight);
            }
        }

        var inLongCue = new bool[message.Count];
        foreach (var hit in cueHits.Where(hit => hit.Length >= 2))
        {
            Consume(inLongCue, hit.Start, hit.Length);
        }

        // "what do 911 operators make?": "make" closing a what-do question is pay.
        if (MakesAsPay(message) is { } make)
        {
            Add(cues, Cue.Pay, message.Weight(make));
        }

        // "where's this data from?", "where does that come from": asking where something comes from asks for sources.
        if (WhereFrom(message) is { } whereFrom)
        {
            Add(cues, Cue.Sources, message.Weight(whereFrom));
        }

        // A figure named inside a statement's title ("AI autonomy calibration") is the statement's, not the evidence pack's.
        var evidenceFact = EvidenceFactNamed(message);

        // "what evidence do they cite?" asks for citations, not the evidence pack.
        if (cues.ContainsKey(Cue.Cite) && evidenceFact is null)
        {
            cues.Remove(Cue.Evidence);
        }
        if (evidenceFact is not null)
        {
            Add(cues, Cue.EvidenceFact, 1);
        }

        if (description is { } describedSpan && describedSpan.End - describedSpan.Start >= 3)
        {
            Add(cues, Cue.Search, message.Weight(describedSpan.Start));
        }

        // "which AI statement is about ...", "which of the principal ones": a which-question about statements finds them.
        if (WhichStatements(message) is { } which)
        {
            Add(cues, Cue.Search, message.Weight(which));
        }

        // "which one is about post-incident reviews?", "which of those mention radio?", "the mapping one": it asks which
        // statements hold something.
        if ((WhichHolds(message) ?? NamedByWord(message)) is { } holds)
        {
            Add(cues, Cue.Which, message.Weight(holds));
            Add(cues, Cue.Search, message.Weight(holds));
        }

        // "is there a stress-related statement for beginners?", "anything with GIS at Advanced?": whether something is
        // held, looked for (at the level named); "statement" there is no level's section.
        var asksHeld = AsksWhetherHeld(message, domains);
        if (asksHeld is { } held)
        {
            Add(cues, Cue.Search, message.Weight(held.Position));
            Add(cues, Cue.Held, message.Weight(held.Position));
        }

        foreach (var hit in cueHits)
        {
            if (inList[hit.Start] && hit.Length == 1)
            {
                continue;
            }

            if (asksHeld is { Noun: { } noun } && noun >= hit.Start && noun < hit.Start + hit.Length && hit.Value.Contains(Cue.LevelStatements))
            {
                Consume(consumed, hit.Start, hit.Length);
                continue;
            }


            foreach (var cue in hit.Value)
            {
                // "the statements" names the level's own statements as a section only beside a level ("the Proficient
                // statements", "level 4 statements"); "the communication statements" are the domain's.
                // "the senior-level version" is a variant, not the framework's version.
                var variant = cue == Cue.Version && hit.Start > 0 && (levels.Exists(mention => mention.Position == hit.Start - 1 || mention.Position == hit.Start - 2) || message.Words[hit.Start - 1] == "level");
                if (cue != Cue.ScopeTerm && !variant && (cue != Cue.LevelStatements || NamesLevelSection(message, hit, levels, domains, aiWords)))
                {
                    Add(cues, cue, message.Weight(hit.Start));
                }
            }

            Consume(consumed, hit.Start, hit.Length);
        }

        foreach (var mention in levels)
        {
            consumed[mention.Position] = true;
            var cue = mention.Role switch
            {
                LevelRole.Speaker => Cue.Speaker,
                LevelRole.OtherPerson => (Cue?)null,
                _ => Cue.Level,
            };
            if (cue is { } levelCue)
            {
                Add(cues, levelCue, mention.Weight);
            }

            if (mention.Role is LevelRole.Target or LevelRole.Origin)
            {
                Add(cues, Cue.Direction, mention.Weight);
            }
        }

        PromoteReferredLevels(message, levels);

        // "I'm a trainee, what should I be doing?": with no other level and no step asked for, the speaker's level is the one asked about.
        if (!cues.ContainsKey(Cue.Level) && levels.Find(mention => mention.Role == LevelRole.Speaker && mention.Weight > 0) is { } speaker
            && !(cues.GetValueOrDefault(Cue.Next) > 0 || cues.GetValueOrDefault(Cue.Progression) > 0 || cues.GetValueOrDefault(Cue.Direction) > 0))
        {
            Add(cues, Cue.Level, speaker.Weight);
        }

        // "What should our operations lead be accountable for?": the one person's level is the one asked about.
        if (!cues.ContainsKey(Cue.Level) && !cues.ContainsKey(Cue.Speaker) && cues.GetValueOrDefault(Cue.Expect) > 0 && !cues.ContainsKey(Cue.Fit)
            && levels.Find(mention => mention.Role == LevelRole.OtherPerson && mention.Level is not null && message.Weight(mention.Position) >= 1) is { } person)
        {
            Add(cues, Cue.Level, 0.8);
        }

        // "from L1 to L2", "get entry-level staff to mid-level": a level named as where someone goes, beside another, is a move.
        var target = levels.Find(mention => mention.Role == LevelRole.Target && mention.Weight > 0);
        if (target is not null && levels.Exists(mention => mention != target && mention.Weight > 0 && mention.Role != LevelRole.OtherPerson && mention.Level != target.Level))
        {
            Add(cues, Cue.Progression, target.Weight);
        }

        // "which level is one below mine?", "what level is the top one?": it asks to name a level, not to place someone.
        foreach (var hit in cueHits.Where(hit => hit.Value.Contains(Cue.Fit)))
        {
            var end = hit.Start + hit.Length;
            if (levels.Exists(mention => mention.Role is LevelRole.Subject && mention.Position >= end && mention.Position <= end + 2 && message.SameSentence(hit.Start, mention.Position)))
            {
                cues.Remove(Cue.Fit);
            }
            else if (AsksAStatementsLevel(message, end))
            {
                // "what level is that one at?": the level of a statement shown, which showing it answers.
                cues.Remove(Cue.Fit);
                Add(cues, Cue.Reference, message.Weight(hit.Start));
            }
        }

        // "Level?", "Which band?": a sentence that asks only for a level places someone described around it.
        if (AsksOnlyForALevel(message) is { } bare)
        {
            Add(cues, Cue.Fit, message.Weight(bare));
        }

        // "emerging through exceeding", "from Emerging right up to Advanced": the whole ladder, end to end.
        if (SpansTheLadder(message, levels))
        {
            Add(cues, Cue.EveryLevel, 1);
        }

        // Two levels where the message asks is a pair; one there and another only in its background, half of one.
        var namedLevels = levels.Where(mention => mention.Weight > 0 && mention.Role != LevelRole.OtherPerson && !mention.IsRelative).ToList();
        if (namedLevels.Select(mention => mention.Level).Distinct().Count() >= 2)
        {
            var asked = namedLevels.Where(mention => mention.Weight >= 1).Select(mention => mention.Level).Distinct().Count();
            Add(cues, Cue.TwoLevels, asked >= 2 || asked == 0 ? 1 : 0.5);
        }


        var qualifying = QualifyingLevelPositions(message, levels, framework);
        var statement = StatementMatcher.Find(message, framework, qualifying);
        if (evidenceFact is { } fact && statement.Complete && statement.Statements.Any(found => fact.Split(' ').All(word => found.TitleStems.Contains(Stemmer.Stem(word.ToLowerInvariant())))))
        {
            cues.Remove(Cue.EvidenceFact);
            cues.Remove(Cue.Evidence);
            evidenceFact = null;
        }

        if (!statement.IsEmpty)
        {
            // A title given whole and in quotes ("'Expert system utilization' in my objectives") names that statement
            // however long the message around it.
            var quoted = statement.Complete && statement.Statements.Any(found => Quoted(message.Raw, found.Placed.Statement.Title));
            Add(cues, Cue.StatementTitle, quoted ? 1 : statement.Complete ? Math.Max(statement.Coverage, 0.6) : statement.Coverage * 0.6);

            // "the cross-functional AI integration one": AI inside a statement's title is that statement's word.
            if ((statement.Complete || statement.Coverage >= 0.6) && cues.ContainsKey(Cue.Ai) && Enumerable.Range(0, message.Count).Where(i => aiWords[i]).All(statement.Positions.Contains))
            {
                cues.Remove(Cue.Ai);
            }

            // "Continuous improvement leadership", "Mindful dispatch leadership": a domain's word inside a title named
            // whole is the title's, when it is the only place the domain is named.
            if (statement.Complete && domains.Count > 0 && domains.TrueForAll(domain => statement.Positions.Contains(domain.Position)) && statement.Coverage >= 0.6)
            {
                domains.Clear();
                cues.Remove(Cue.Domain);
            }
        }

        (OnetList, double)? list = null;
        var lists = new List<OnetList>();
        var levelNamed = levels.Exists(mention => mention.Weight > 0 && mention.Role != LevelRole.OtherPerson);
        foreach (var hit in listHits)
        {
            // "AI tools" are AI, not the technology list; with a level named, "skills" and "duties" are the level's.
            // "WEF Skills Taxonomy", "Pathsmith Durable Skills": a source's name, not the O*NET skills list.
            // "tools like ChatGPT", "tools such as Copilot": AI, named by example.
            var aiByExample = hit.End + 1 < message.Count && message.Words[hit.End] is "like" or "such" && Enumerable.Range(hit.End + 1, Math.Min(3, message.Count - hit.End - 1)).Any(k => aiWords[k]);
            if ((hit.Start > 0 && aiWords[hit.Start - 1]) || aiByExample || (levelNamed && hit.Length == 1 && Lexicon.SoftListWords.Contains(message.Words[hit.Start]))
                || (hit.Start > 0 && message.Words[hit.Start - 1] is "wef" or "pathsmith" or "durable" or "soft" or "power" or "people" or "human" or "transferable")
                || (hit.End < message.Count && message.Words[hit.End] is "taxonomy" or "framework")
                || (hit.Length == 1 && inLongCue[hit.Start])
                || (statement.Complete && statement.Positions.Contains(hit.Start)))
            {
                continue;
            }

            var weight = message.Weight(hit.Start);
            if (weight > 0 && !lists.Contains(hit.Value))
            {
                lists.Add(hit.Value);
            }

            if (list is null || weight > list.Value.Item2)
            {
                list = (hit.Value, weight);
            }

            Consume(consumed, hit.Start, hit.Length);
        }

        if (list is { } named)
        {
            Add(cues, Cue.List, named.Item2);

            // "which work styles are about coping with pressure?": a which-question about a list's items looks inside it.
            if (listHits.Exists(hit => hit.Start > 0 && message.Words[hit.Start - 1] is "which" or "what" && message.Words.Skip(hit.End).Take(4).Any(word => word is "about" or "involve" or "involves" or "relate" or "cover" or "mention" or "deal")))
            {
                Add(cues, Cue.Search, named.Item2);
            }
        }

        // "is leadership one of the work styles?": the word checked against the list is no domain asked about.
        if (list is { Item2: > 0 } && cues.ContainsKey(Cue.YesNo))
        {
            cues.Remove(Cue.Domain);
            domains.Clear();
        }

        if (SeveralSections(cues, domains, [.. listHits.Where(hit => lists.Contains(hit.Value)).Select(hit => message.Weight(hit.Start))]) is { } several)
        {
            Add(cues, Cue.SeveralSections, several);
        }

        // "is Public Safety and Security really on there?": a list item named in full points at its list.
        var itemNamed = ListItemNamed(message, framework);
        if (itemNamed is { } namedItem)
        {
            Add(cues, Cue.ListItemNamed, 1);
            list ??= (namedItem, 0);
        }

        if (occupation.RelatedTitle is not null)
        {
            Add(cues, Cue.RelatedTitle, 1);
        }

        // Only a message that asks to place someone, or describes at length, is matched against the levels' statements.
        var fit = cues.ContainsKey(Cue.Fit) || message.Count >= 25 ? LevelFitter.Fit(message, framework, consumed) : null;
        if (fit is not null)
        {
            Add(cues, Cue.FitEvidence, 1);
        }

        var itemPosition = PositionFinder.Find(message);
        if (itemPosition is { } item)
        {
            Add(cues, Cue.Position, message.Weight(item.Position));
        }

        var (source, sourceExcluded) = SourceNamed(message, framework);
        if (source is not null)
        {
            Add(cues, Cue.SourceName, 1);

            // "which ones use Pathsmith?", "only from O*NET", "which doesn't cite WEF?": a source named after a citing word.
            if (sourceExcluded || message.HasAny("use", "uses", "using", "from", "credit", "credits"))
            {
                cues[Cue.Cite] = 1;
            }
        }

        var (scopeTerms, scopeWeight) = ScopeTerms(message, framework);
        if (scopeTerms.Length > 0)
        {
            Add(cues, Cue.ScopeTerm, scopeWeight);
        }

        var searchTerms = SearchTerms(message, consumed, framework);
        if (searchTerms.Any(term => framework.Idf(Stemmer.Stem(term)) > 0))
        {
            Add(cues, Cue.Terms, 1);
        }

        // "what's in between?", "and the ones in between": levels the conversation's two bracket.
        var asksBetween = levels.Count == 0 && message.Count <= 8 && message.HasAny("between", "in-between", "inbetween");
        if (asksBetween)
        {
            Add(cues, Cue.Level, 1);
        }

        return new MentionSet
        {
            Message = message,
            Framework = framework,
            Occupation = occupation,
            Cues = cues,
            Levels = levels,
            Domains = domains,
            Statement = statement,
            List = list,
            Lists = [.. lists],
            ItemWords = ItemWords(message, list?.Item1, framework),
            EvidenceFact = evidenceFact,
            Fit = fit,
            ItemPosition = itemPosition?.Index,
            SourceNamed = source,
            SourceExcluded = sourceExcluded,
            SearchTerms = searchTerms,
            AsksBetween = asksBetween,
            ScopeTerms = scopeTerms,
        };
    }

    /// <summary>
    /// Whether a "statements" / "expectations" phrase names the level's own statements: the phrase says "level" or
    /// "core", or it stands right after a level ("the Proficient statements") or right before one ("statements for L2").
    /// </summary>
    private static bool NamesLevelSection(Message message, PhraseHit<Cue[]> hit, List<LevelMention> levels, List<(SkillDomain Domain, int Position, double Weight)> domains, bool[] aiWords)
    {
        // "the innovation expectations", "copilot expectations", "AI statements": the section before the phrase owns it.
        var owner = hit.Start - 1;
        if (owner >= 0 && (aiWords[owner] || message.Words[owner] is "durable" or "domain" or "skills" || domains.Exists(domain => domain.Position == owner || domain.Position == owner - 1)))
        {
            return false;
        }

        for (var i = hit.Start; i < hit.End; i++)
        {
            if (message.Words[i] is "level" or "core" or "role" or "itself")
            {
                return true;
            }
        }

        var before = hit.Start - 1;
        if (before >= 0 && message.Words[before] is "the" or "its" or "their")
        {
            before--;
        }

        var after = hit.End < message.Count && message.Words[hit.End] is "for" or "at" or "of" ? hit.End + 1 : -1;
        if (after >= 0 && after < message.Count && message.Words[after] is "the" or "a" or "an")
        {
            after++;
        }

        // "which statements does the framework list at Emerging?": a level later in the sentence, after "at" or "for".
        bool LaterAtLevel(LevelMention mention) =>
            mention.Position > hit.End && mention.Position <= hit.End + 7 && message.SameSentence(hit.Start, mention.Position)
            && mention.Position >= 1 && message.Words[mention.Position - 1] is "at" or "for" or "the";

        return levels.Exists(mention => mention.Role != LevelRole.OtherPerson && (mention.Position == before || mention.Position == after || LaterAtLevel(mention)
            || (before >= 1 && mention.Position == before - 1 && message.Words[before] is "level" or "4" or "3" or "2" or "1")));
    }

    /// <summary>
    /// Two or more sections asked for at once (the level's statements, AI use, the durable skills, each domain):
    /// how much the weaker of the two best counts; null for fewer than two.
    /// </summary>
    private static double? SeveralSections(Dictionary<Cue, double> cues, List<(SkillDomain Domain, int Position, double Weight)> domains, List<double> lists)
    {
        var weights = new List<double>(lists.Where(weight => weight > 0));
        foreach (var cue in (Cue[])[Cue.LevelStatements, Cue.Ai, Cue.DurableSkills, Cue.Evidence])
        {
            // "the critical thinking domain" names one domain, not the durable skills as a section of their own.
            if (cue == Cue.DurableSkills && domains.Exists(domain => domain.Weight > 0))
            {
                continue;
            }

            if (cues.TryGetValue(cue, out var weight) && weight > 0)
            {
                weights.Add(weight);
            }
        }

        weights.AddRange(domains.Where(domain => domain.Weight > 0).Select(domain => domain.Weight));
        if (weights.Count < 2)
        {
            return null;
        }

        weights.Sort();
        return weights[^2];
    }

    /// <summary>
    /// A level named only in background ("Our union asked what 'Advanced' means. What are the statements behind it?")
    /// is what the asking sentences are about when they name no level of their own: it counts as asked.
    /// </summary>
    private static void PromoteReferredLevels(Message message, List<LevelMention> levels)
    {
        // "What should our operations lead be accountable for?", "Sam is an apprentice and asked what good looks like":
        // with no other level, the person whose level it is, is the one asked about.
        if (!levels.Exists(mention => mention.Weight > 0 && mention.Role != LevelRole.OtherPerson))
        {
            for (var i = 0; i < levels.Count; i++)
            {
                if (levels[i].Role == LevelRole.OtherPerson && levels[i].Weight > 0)
                {
                    levels[i] = levels[i] with { Role = LevelRole.Subject, Weight = message.Weight(levels[i].Position) * 0.9 };
                }
            }
        }

        if (levels.Exists(mention => mention.Weight >= 1 && mention.Role != LevelRole.OtherPerson))
        {
            return;
        }

        for (var i = 0; i < levels.Count; i++)
        {
            if (levels[i].Weight > 0 && levels[i].Role != LevelRole.OtherPerson)
            {
                levels[i] = levels[i] with { Weight = 0.9 };
            }
        }
    }

    private static bool IsSection(Cue cue) => cue is Cue.LevelStatements or Cue.Ai or Cue.DurableSkills or Cue.Evidence;

    /// <summary>Where an "only" / "just" in an asking sentence is followed, in its sentence, by a section.</summary>
    private static int? OnlyScope(Message message, List<PhraseHit<Cue[]>> hits)
    {
        foreach (var only in hits.Where(hit => hit.Value.Contains(Cue.Only) && message.Asking[message.SentenceOf[hit.Start]]))
        {
            if (hits.Exists(hit => hit.Start > only.Start && message.SameSentence(only.Start, hit.Start) && hit.Value.Any(IsSection)))
            {
                return only.Start;
            }
        }

        return null;
    }

    private static bool InOnlyScope(Message message, int only, int position) => position > only && message.SameSentence(only, position);

    private static int? WhereFrom(Message message)
    {
        for (var i = 0; i < message.Count; i++)
        {
            if (message.Words[i] is "where" or "where's" or "wheres")
            {
                for (var j = i + 1; j < message.Count && message.SameSentence(i, j); j++)
                {
                    if (message.Words[j] == "from")
                    {
                        return i;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>An evidence fact named by all its words in any order ("how much time does AI save" names "time saved").</summary>
    private static string? EvidenceFactNamed(Message message)
    {
        foreach (var (phrase, label) in Lexicon.EvidenceFacts)
        {
            if (phrase.Split(' ').All(word => message.HasStem(Stemmer.Stem(word))))
            {
                return label;
            }
        }

        return null;
    }

    private static bool Quoted(string raw, string? title)
    {
        if (string.IsNullOrEmpty(title))
        {
            return false;
        }

        var at = raw.IndexOf(title, StringComparison.OrdinalIgnoreCase);
        return at > 0 && raw[at - 1] is '\'' or '"' or '‘' or '“' or '`';
    }

    private static bool SpansTheLadder(Message message, List<LevelMention> levels)
    {
        var bottom = levels.Find(mention => mention.Level == ProficiencyLevel.Emerging && mention.Weight > 0 && mention.Role != LevelRole.OtherPerson);
        var top = levels.Find(mention => mention.Level == ProficiencyLevel.Advanced && mention.Weight > 0 && mention.Role != LevelRole.OtherPerson);
        if (bottom is null || top is null || top.Position <= bottom.Position || !message.SameSentence(bottom.Position, top.Position) || message.Has("versus"))
        {
            return false;
        }

        var gap = message.Words.Skip(bottom.Position + 1).Take(top.Position - bottom.Position - 1).ToList();
        return gap.Count <= 4 && gap.Any(word => word is "through" or "thru" or "to" or "till" or "until");
    }

    /// <summary>"the mapping one", "level 3's error one": a statement called by a word it holds.</summary>
    private static int? NamedByWord(Message message)
    {
        for (var i = 1; i < message.Count; i++)
        {
            var word = message.Words[i - 1];
            var before = i >= 2 ? message.Words[i - 2] : "";
            var called = before is "the" or "that" or "this" || before.EndsWith("'s", StringComparison.Ordinal) || before.Any(char.IsDigit);
            var after = i + 1 < message.Count ? message.Words[i + 1] : "";
            var any = before is "any" && message.Words[i] == "ones";
            if ((message.Words[i] == "one" && called || any) && after != "of" && message.SameSentence(i - 1, i) && message.Asking[message.SentenceOf[i]] && word.Length > 3
                && !StopWords.All.Contains(word) && !LevelWords.All.Contains(word) && !CueLexicon.Words.Contains(word) && !LevelWords.Ordinals.ContainsKey(word)
                && !Lexicon.Greetings.Contains(word) && !word.EndsWith("th", StringComparison.Ordinal))
            {
                return i - 1;
            }
        }

        return null;
    }

    /// <summary>"on that", "about it", "does that mean": an asking sentence that points back at what the background named.</summary>
    private static bool PointsBackInAsking(Message message)
    {
        for (var i = 1; i < message.Count; i++)
        {
            if (message.Asking[message.SentenceOf[i]] && message.Words[i] is "that" or "it" or "this" && message.SameSentence(i - 1, i)
                && message.Words[i - 1] is "on" or "about" or "for" or "with" or "of" or "does" or "in" && (i + 1 >= message.Count || !message.SameSentence(i, i + 1) || message.Words[i + 1] is "mean" or "look" or "involve" or "at" or "for"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"what level is it?", "which level is it aimed at", "which level it belongs to": a statement's level, not a person's.</summary>
    private static bool AsksAStatementsLevel(Message message, int after)
    {
        string At(int k) => k < message.Count && message.SameSentence(after - 1, k) ? message.Words[k] : "";
        return At(after) == "it" || At(after) == "it's" || At(after) is "one" or "statement" || (At(after) is "is" or "does" && At(after + 1) == "it")
            || (At(after) is "is" && At(after + 1) is "that" or "this" && At(after + 2) is "one" or "statement");
    }

    /// <summary>Verbs that ask what a statement holds: "is about", "mentions", "cites", "has ... in the title".</summary>
    /// <summary>What a list's items are called: "which tools", "which of those titles".</summary>
    private static readonly FrozenSet<string> ListNouns = Message.Set("tools", "titles", "items", "tasks", "software", "programs", "systems", "packages", "applications", "apps");

    private static readonly FrozenSet<string> HoldingWords = Message.Set(
        "about", "mention", "mentions", "mentioning", "cite", "cites", "citing", "cited", "have", "has", "involve", "involves", "cover", "covers",
        "deal", "deals", "talk", "talks", "say", "says", "use", "uses", "sourced", "reference", "references", "name", "names", "include", "includes",
        "relate", "relates", "touch", "touches", "concern", "concerns", "focus", "focuses", "address", "addresses", "come", "comes", "doesn't",
        "don't", "lacks", "lack", "related", "specific", "linked", "connected");

    /// <summary>
    /// Where the message asks whether something is held: "anything with GIS", "anything in that tier about training",
    /// or a statement named by its topic, "a stress-related statement", "a contingency statement"; with the noun's place.
    /// </summary>
    private static (int Position, int? Noun)? AsksWhetherHeld(Message message, List<(SkillDomain Domain, int Position, double Weight)> domains)
    {
        // "anything about AI tools", "anything about mindfulness": a section or a domain asked for is that, not a search.
        bool NamesASection(int from) =>
            Enumerable.Range(from, Math.Max(0, Math.Min(3, message.Count - from))).Any(k =>
                (CueLexicon.Table.Match(message, k) is { } hit && hit.Value.Any(IsSection)) || domains.Exists(domain => domain.Position == k));

        for (var i = 0; i < message.Count; i++)
        {
            if (!message.Asking[message.SentenceOf[i]])
            {
                continue;
            }

            var word = message.Words[i];
            if (word is "anything" or "something")
            {
                for (var j = i + 1; j < Math.Min(message.Count, i + 6) && message.SameSentence(i, j); j++)
                {
                    if (message.Words[j] is "about" or "with" or "on" or "regarding" or "involving" or "mentioning" or "covering" or "around")
                    {
                        return NamesASection(j + 1) ? null : (i, null);
                    }
                }
            }

            if (word is "a" or "an")
            {
                for (var j = i + 2; j <= Math.Min(message.Count - 1, i + 3) && message.SameSentence(i, j); j++)
                {
                    // "a stress-related statement": "related" qualifies the topic before it.
                    if (message.Words[j] is "statement" or "expectation" && IsTopicWord(message.Words[i + 1])
                        && Enumerable.Range(i + 2, j - i - 2).All(k => IsTopicWord(message.Words[k]) || message.Words[k] is "related" or "based" or "focused"))
                    {
                        return (i, j);
                    }
                }
            }
        }

        return null;
    }

    private static bool IsTopicWord(string word) =>
        word.Length > 2 && !StopWords.All.Contains(word) && !LevelWords.All.Contains(word) && !CueLexicon.Words.Contains(word) && !LevelWords.Ordinals.ContainsKey(word)
        && word is not ("level" or "single" or "specific" or "particular" or "new" or "separate" or "whole" or "full" or "similar" or "different" or "related");

    /// <summary>
    /// Where the message asks which of several statements hold something: "which" or "any" pointing at statements or
    /// at the previous answer's ("which one", "which of those", "any of them", "the Advanced ones, which"), followed
    /// in its sentence by a verb that asks what they hold.
    /// </summary>
    private static int? WhichHolds(Message message)
    {
        for (var i = 0; i < message.Count; i++)
        {
            if (message.Words[i] is not ("which" or "any" or "whichever") || !message.Asking[message.SentenceOf[i]] || !HeadsStatements(message, i))
            {
                continue;
            }

            var pointing = false;
            for (var j = i + 1; j < Math.Min(message.Count, i + 8) && message.SameSentence(i, j); j++)
            {
                var word = message.Words[j];

                // "which statements does the framework have", "which sources do they cite": what exists, not which hold something.
                if (word is "do" or "does" or "did")
                {
                    break;
                }

                pointing |= word is "one" or "ones" or "those" or "them" or "these" or "statement" or "statements" || (word is "that" or "it" && message.Words[j - 1] == "of")
                    || (word == "of" && j == i + 1);
                var rightAfter = j == i + 1 || (j == i + 2 && message.Words[i + 1] is "is" or "are");
                if (HoldingWords.Contains(word) && (pointing || (message.Words[i] == "which" && rightAfter)))
                {
                    return i;
                }

                // "which of those are GIS or mapping tools?": the items that are of a kind.
                if (pointing && ListNouns.Contains(word) && j > i + 2 && Enumerable.Range(i + 1, j - i - 1).Any(k => message.Words[k] is "are" or "is"))
                {
                    return i;
                }
            }
        }

        return null;
    }

    /// <summary>"which one", "which of", "which Developing ones", "any mention": not "which sources", "which level".</summary>
    private static bool HeadsStatements(Message message, int which)
    {
        static bool Pointing(string word) => word is "one" or "ones" or "of" or "statement" or "statements" or "is" or "are" or "ai" or "those" or "them" or "these" || ListNouns.Contains(word);
        var next = which + 1 < message.Count ? message.Words[which + 1] : "";
        var then = which + 2 < message.Count ? message.Words[which + 2] : "";
        return Pointing(next) || HoldingWords.Contains(next) || then is "one" or "ones" or "statement" or "statements";
    }

    private static int? WhichStatements(Message message)
    {
        for (var i = 0; i < message.Count; i++)
        {
            if (message.Words[i] is not ("which" or "what" or "what's" or "whats"))
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(message.Count, i + 5) && message.SameSentence(i, j); j++)
            {
                // "what statements describe where they begin?" asks for a level, not a search.
                var then = j + 1 < message.Count ? message.Words[j + 1] : "";
                if (then is "describe" or "apply" or "fit" or "cover" or "go" or "sit" or "belong" or "should" or "does" or "do" or "are")
                {
                    break;
                }

                // "what are its statements?" lists a level's statements; it does not search for one.
                if (message.Words[j] is "are" or "is" or "its" or "their" or "the" or "his" or "her")
                {
                    break;
                }

                if (message.Words[j] is "statement" or "statements" || (message.Words[i] == "which" && (message.Words[j] == "ones" || (message.Words[j] == "one" && j > i + 1))))
                {
                    return i;
                }
            }
        }

        return null;
    }

    private static int? AsksOnlyForALevel(Message message)
    {
        var start = 0;
        for (var i = 0; i <= message.Count; i++)
        {
            if (i == message.Count || !message.SameSentence(start, i))
            {
                var length = i - start;
                var words = length is > 0 and <= 3 ? message.Words.Skip(start).Take(length).ToList() : [];
                if (words.Count > 0 && words.Any(word => word is "level" or "band" or "tier" or "grade") && words.All(word => word is "level" or "band" or "tier" or "grade" or "which" or "what" or "so" or "the"))
                {
                    return start;
                }

                start = i;
            }
        }

        return null;
    }

    private static int? MakesAsPay(Message message)
    {
        for (var i = 2; i < message.Count; i++)
        {
            var last = i + 1 == message.Count || !message.SameSentence(i, i + 1);
            if (message.Words[i] == "make" && (last || message.Words[i + 1] is "than" or "compared" or "vs" or "versus")
                && Enumerable.Range(Math.Max(0, i - 5), Math.Min(5, i)).Any(k => message.SameSentence(k, i) && message.Words[k] is "what" or "much" && k + 1 < message.Count && message.Words[k + 1] is "do" or "does" or "would" or "will" or "can" or "more" or "less"))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Where a sentence opens with an auxiliary ("is GIS listed?", "does it include ..."): a yes-or-no question.</summary>
    private static int? AsksYesOrNo(Message message)
    {
        for (var i = 0; i < message.Count; i++)
        {
            // "Could you ..." and "Can you ..." are polite requests, not yes-or-no questions.
            if ((i == 0 || !message.SameSentence(i - 1, i)) && message.Words[i] is "is" or "are" or "does" or "do" or "has" or "have" or "did" or "isn't" or "aren't" or "doesn't")
            {
                return i;
            }
        }

        return null;
    }

    private static void Add(Dictionary<Cue, double> cues, Cue cue, double weight)
    {
        // A cue counts by its best hit; a negated hit counts against it only when it has no other.
        if (!cues.TryGetValue(cue, out var current) || (weight > current && (weight > 0 || current <= 0)) || (current < 0 && weight > 0))
        {
            cues[cue] = current > 0 && weight < 0 ? current : weight;
        }
    }

    private static void Consume(bool[] consumed, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            consumed[i] = true;
        }
    }

    /// <summary>Where a level word qualifies the occupation that follows ("a lead dispatcher"): never part of a statement's title.</summary>
    private static List<int> QualifyingLevelPositions(Message message, List<LevelMention> levels, FrameworkIndex framework)
    {
        var positions = new List<int>();
        foreach (var mention in levels)
        {
            var next = mention.Position + 1;
            if (next < message.Count && framework.TitleStems.Contains(message.Stems[next]))
            {
                positions.Add(mention.Position);
            }
        }

        return positions;
    }

    /// <summary>
    /// A source of the framework the message names by a distinctive word of its name or label ("Pathsmith", "WEF"):
    /// the one named outside a negation ("only Pathsmith, no O*NET"), else the one named inside it, which is then
    /// excluded ("which doesn't cite WEF?"); none when two are named as alternatives.
    /// </summary>
    private static (SourceEntry? Source, bool Excluded) SourceNamed(Message message, FrameworkIndex framework)
    {
        SourceEntry? negated = null;
        SourceEntry? named = null;
        for (var i = 0; i < message.Count; i++)
        {
            var word = message.Words[i];
            if (word.Length < 3 || StopWords.All.Contains(word) || word is "skills" or "framework" or "index" or "taxonomy" or "economic" or "durable")
            {
                continue;
            }

            foreach (var (source, words) in framework.SourceWords)
            {
                if (words.Contains(word))
                {
                    if (message.Negated[i] || NamedAfterNo(message, i))
                    {
                        negated ??= source;
                    }
                    else if (named is null)
                    {
                        named = source;
                    }
                    else if (named != source)
                    {
                        // "which rely on the AEI and which use SAFI": two sources compared, no one source to filter by.
                        return (null, false);
                    }
                }
            }
        }

        return named is not null ? (named, false) : (negated, negated is not null);
    }

    /// <summary>"Pathsmith only, no O*NET", "without WEF": a name right after "no" or "without".</summary>
    private static bool NamedAfterNo(Message message, int position) =>
        position > 0 && message.Words[position - 1] is "no" or "without" or "not" or "excluding" or "except";

    private static (ImmutableArray<string> Terms, double Weight) ScopeTerms(Message message, FrameworkIndex framework)
    {
        List<string>? terms = null;
        var weight = double.MinValue;
        foreach (var hit in ScopeTable.FindAll(message))
        {
            // "non-emergency" is what the framework covers, not a boundary.
            if (hit.Start > 0 && message.Words[hit.Start - 1] == "non")
            {
                continue;
            }

            (terms ??= []).Add(string.Join(' ', message.Words.Skip(hit.Start).Take(hit.Length)));
            weight = Math.Max(weight, message.Weight(hit.Start));
        }

        for (var i = 0; i < message.Count; i++)
        {
            var word = message.Words[i];
            if (framework.ExcludedWords.Contains(word) && !(terms?.Contains(word) ?? false) && !(i > 0 && message.Words[i - 1] == "non"))
            {
                (terms ??= []).Add(word);
                weight = Math.Max(weight, message.Weight(i));
            }
        }

        return terms is null ? ([], 0) : ([.. terms.Distinct(StringComparer.Ordinal)], weight);
    }

    private static readonly PhraseTable<bool> ScopeTable = new(CueLexicon.Phrases(Cue.ScopeTerm).Select(phrase => (phrase, true)));

    /// <summary>
    /// The words a search looks for: what no cue, level, domain or list took, less function words and the
    /// occupation's own title words. Other occupations' title words stay: "angry customers" is still about customers.
    /// </summary>
    private static ImmutableArray<string> SearchTerms(Message message, bool[] consumed, FrameworkIndex framework)
    {
        // A statement described ("a statement about passing open orders to the oncoming shift") is looked for by its
        // description, wherever it stands; else only what the asking sentences name ("for our apprenticeship mapping
        // doc" is background), unless they name nothing of their own.
        if (Described(message) is { } span && SearchTerms(message, consumed, framework, span.Start, span.End, onlyAsking: false, describing: true) is { IsEmpty: false } described)
        {
            return described;
        }

        var asked = SearchTerms(message, consumed, framework, 0, message.Count, onlyAsking: true);
        return asked.IsEmpty ? SearchTerms(message, consumed, framework, 0, message.Count, onlyAsking: false) : asked;
    }

    private static ImmutableArray<string> SearchTerms(Message message, bool[] consumed, FrameworkIndex framework, int start, int end, bool onlyAsking, bool describing = false)
    {
        // "a statement about not firing back at rude crews", "one covering what's still open when a shift ends": in a
        // description the "not" and the cue words are what the statement says.
        var terms = new List<string>();
        for (var i = start; i < end; i++)
        {
            var word = message.Words[i];
            if ((consumed[i] && !describing) || (message.Negated[i] && !describing) || (onlyAsking && !message.Asking[message.SentenceOf[i]]) || StopWords.All.Contains(word) || LevelWords.All.Contains(word) || framework.TitleStems.Contains(message.Stems[i])
                || Lexicon.Greetings.Contains(word) || word.Length < 2 || terms.Contains(word) || word is "related" or "specific")
            {
                continue;
            }

            terms.Add(word);
        }

        return [.. terms];
    }

    /// <summary>Words that stand for a statement someone describes: "a statement about ...", "there's one where ...".</summary>
    private static readonly FrozenSet<string> DescribedNouns = Message.Set(
        "statement", "statements", "one", "ones", "skill", "line", "bit", "something", "part", "wording", "descriptor", "expectation", "item", "entry", "thing", "sentence");

    private static readonly FrozenSet<string> DescribingWords = Message.Set(
        "about", "on", "regarding", "covering", "mentioning", "describing", "where", "saying", "around", "involving", "concerning", "re",
        "says", "mentions", "covers", "describes");

    /// <summary>Words between the noun and its description that say nothing: "the one that is about", "one of them is about", "a line which says".</summary>
    private static readonly FrozenSet<string> DescribedLinks = Message.Set("is", "that", "which", "that's", "thats", "talks", "talking", "of", "them", "those", "these", "the");

    /// <summary>Words that end a description: the sentence turns to the speaker or to another question.</summary>
    private static readonly FrozenSet<string> DescriptionEnds = Message.Set(
        "but", "i", "i'm", "i've", "i'd", "could", "can", "please", "so", "because", "which", "what", "whats", "what's", "who", "we", "we're", "it's");

    /// <summary>Where a described statement's description runs: from after "a statement about" to the end of its clause.</summary>
    private static (int Start, int End)? Described(Message message)
    {
        for (var i = 0; i + 1 < message.Count; i++)
        {
            if (!DescribedNouns.Contains(message.Words[i]))
            {
                continue;
            }

            var describing = i + 1;
            while (describing < message.Count && describing <= i + 4 && DescribedLinks.Contains(message.Words[describing]))
            {
                describing++;
            }

            if (describing >= message.Count || !DescribingWords.Contains(message.Words[describing]) || !message.SameSentence(i, describing))
            {
                continue;
            }

            var start = describing + 1;
            var end = start;
            while (end < message.Count && message.SameSentence(i, end) && !(EndsTheDescription(message, end) && end > start + 1))
            {
                end++;
            }

            return (start, end);
        }

        return null;
    }

    /// <summary>
    /// Whether the word turns from the description to the question: "..., what's it called?" does, while "telling the
    /// next dispatcher what's still open" goes on describing.
    /// </summary>
    private static bool EndsTheDescription(Message message, int position)
    {
        if (!DescriptionEnds.Contains(message.Words[position]))
        {
            return false;
        }

        if (message.Words[position] is not ("what" or "what's" or "whats" or "which" or "who"))
        {
            return true;
        }

        return position + 1 >= message.Count || !message.SameSentence(position, position + 1) || QuestionTurns.Contains(message.Words[position + 1]);
    }

    private static readonly FrozenSet<string> QuestionTurns = Message.Set(
        "is", "it", "it's", "its", "was", "that", "that's", "this", "called", "one", "statement", "would", "do", "does", "are", "the", "title", "name");

    /// <summary>A level that says where a described statement stands ("at Proficient", "for the senior level").</summary>
    private static bool PlacesTheDescription(Message message, int position)
    {
        var before = position - 1;
        if (before >= 0 && message.Words[before] is "the" or "a")
        {
            before--;
        }

        return before >= 0 && message.Words[before] is "at" or "for" or "in";
    }

    /// <summary>The list of an item the message names in full (at least two words or eight letters).</summary>
    private static OnetList? ListItemNamed(Message message, FrameworkIndex framework)
    {
        foreach (var (list, item) in framework.Items)
        {
            if (item.Squashed.Length >= 8 && message.Squashed.Contains(item.Squashed, StringComparison.Ordinal) && list != OnetList.RelatedTitles)
            {
                return list;
            }
        }

        return null;
    }

    /// <summary>The item an item check asks about: the words that are not a list's, the routing's or the occupation's.</summary>
    private static ImmutableArray<string> ItemWords(Message message, OnetList? list, FrameworkIndex framework)
    {
        var listWords = list is { } named ? Lexicon.ListWords[named] : Lexicon.AllListWords;

        // The item is named where the message asks ("Is GIS listed?"), not in its background ("finance wants a justification").
        var asking = message.Words.Where((_, i) => message.Asking[message.SentenceOf[i]]).ToList();
        return [.. (asking.Count < message.Count && asking.Count > 0 ? asking : message.Words)
            .Where(word => !StopWords.All.Contains(word) && !listWords.Contains(word) && !Lexicon.ItemCheckPhrases.Contains(word) &&
                           !framework.TitleStems.Contains(Stemmer.Stem(word)) && !LevelWords.All.Contains(word) &&
                           !Lexicon.ItemFillerWords.Contains(word) && !CueLexicon.Words.Contains(word))
            .Distinct(StringComparer.Ordinal)];
    }
}
