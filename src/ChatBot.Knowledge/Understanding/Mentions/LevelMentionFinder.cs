using System.Collections.Frozen;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding.Messages;

namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>
/// Finds the levels a message names, in order, each with what it is to the speaker: the level asked about, the
/// speaker's own ("I'm mid-level"), where someone is going or coming from, or part of another person's title ("my
/// team lead"). Levels are named by name, role label, seniority word, number ("L2", "tier three"), ordinal ("the
/// second rung"), position ("the top level", "third from the bottom", "the one above Developing"), or relative to
/// the conversation ("the level above").
/// </summary>
internal static class LevelMentionFinder
{
    /// <summary>Words after "emerging" that make it an adjective ("emerging technologies").</summary>
    private static readonly FrozenSet<string> EmergingThings = Message.Set(
        "technologies", "technology", "tech", "markets", "market", "trends", "trend", "risks", "risk", "issues", "economies",
        "practices", "threats", "field", "fields", "industries", "themes", "needs", "problems", "challenges", "research", "evidence");

    /// <summary>Words after "exceeding" that make it a verb ("exceeding expectations").</summary>
    private static readonly FrozenSet<string> ExceededThings = Message.Set(
        "expectations", "expectation", "targets", "target", "kpis", "kpi", "the", "their", "my", "our", "his", "her", "standards", "goals", "limits", "capacity", "requirements");

    /// <summary>Words after a level word that make it a verb or an adjective ("developing a plan", "advanced software").</summary>
    private static readonly FrozenSet<string> ObjectWords = Message.Set(
        "a", "an", "the", "my", "our", "their", "his", "her", "your", "this", "these", "those", "some", "new", "people", "training", "plans",
        "plan", "programs", "program", "content", "materials", "it", "them", "talent", "teams", "others", "capability", "capabilities",
        "expertise", "competence", "software", "tools", "tool", "technology", "technologies", "systems", "analytics", "features", "techniques",
        "course", "courses", "degree", "certificate", "cad", "gis", "excel", "search", "expectations", "targets", "kpis", "to", "by",
        "on", "with", "projects", "project", "implementation", "drills", "root", "cross", "for", "into", "out", "up", "trends", "markets",
        "tech", "skills", "economies", "understanding", "knowledge", "good", "strong", "better", "way", "ways", "what", "how", "risks",
        "issues", "problems", "situation", "situations", "practice", "practices", "me", "us", "him");

    /// <summary>Words before "established" or "advanced" that make it a verb ("we've established", "has advanced").</summary>
    private static readonly FrozenSet<string> AuxiliaryWords = Message.Set("have", "has", "had", "we've", "i've", "they've", "been", "be", "well", "more", "most", "very", "less", "already");

    private static readonly FrozenSet<string> SpeakerBridge = Message.Set(
        "a", "an", "at", "the", "currently", "now", "just", "still", "already", "only", "recently", "newly", "in", "on", "being", "level",
        "band", "grade", "tier", "technically", "officially", "probably", "basically", "sort", "of", "kind", "around", "about", "roughly",
        "solidly", "firmly", "been", "made", "promoted", "to", "rated", "graded", "assessed", "as", "sitting", "sit", "working", "operating",
        "placed", "classed", "considered", "is", "am", "was", "very", "much", "squarely", "definitely", "right", "still", "comfortably", "bang", "somewhere", "firmly",
        "and", "someone", "somebody", "new", "ish");

    private static readonly FrozenSet<string> SpeakerWords = Message.Set("i'm", "im", "i", "i've", "ive", "myself", "i'd");

    private static readonly FrozenSet<string> TargetWords = Message.Set("to", "into", "become", "becoming", "reach", "reaching", "towards", "toward", "unto", "make", "hit", "achieve", "attain", "promote", "promoted", "progress");

    private static readonly FrozenSet<string> TargetAfterFor = Message.Set("ready", "aim", "aiming", "go", "going", "push", "pushing", "apply", "shoot", "gunning", "candidate", "up", "prepare", "preparing", "considered", "eligible", "readiness");

    /// <summary>Words before "to" that make it no direction ("applies to senior dispatchers", "compared to Developing").</summary>
    private static readonly FrozenSet<string> NotDirections = Message.Set(
        "apply", "applies", "applied", "applicable", "relevant", "refer", "refers", "belong", "belongs", "related", "similar", "compared",
        "compare", "relate", "relates", "assigned", "available", "open", "given", "specific", "unique", "equivalent", "closest", "close",
        "next", "up", "talk", "speak", "listen", "report", "reports", "explain", "show", "send", "mean", "matter", "matters", "happen", "happens");

    private static readonly FrozenSet<string> OriginWords = Message.Set("from", "beyond", "past", "leave", "leaving", "after", "outgrow", "outgrown");

    private static readonly FrozenSet<string> Skippable = Message.Set("a", "an", "the", "level", "of", "at", "being", "fully", "full");

    private static readonly FrozenSet<string> AboveWords = Message.Set("above", "after", "over", "beyond", "higher", "up");

    private static readonly FrozenSet<string> BelowWords = Message.Set("below", "before", "under", "beneath", "underneath", "lower", "down", "prior");

    public static List<LevelMention> Find(Message message, ISet<string> occupationStems)
    {
        var mentions = new List<LevelMention>();
        var words = message.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var found = Absolute(message, i, occupationStems);
            if (found.Levels.Length > 0)
            {
                var first = i;
                var (shift, anchorStart) = AnchoredShift(message, i);
                foreach (var level in found.Levels)
                {
                    var shifted = shift == 0 ? level : LevelMention.Clamp((int)level + shift);
                    var role = Role(message, shift == 0 ? first : anchorStart, i + found.Length);
                    mentions.Add(new LevelMention(shifted, shift == 0 ? first : anchorStart, role, Weight(message, first, role)));
                }

                i += found.Length - 1;
                continue;
            }

            if (Relative(message, i) is { } relative)
            {
                var role = Role(message, i, i + relative.Length);
                mentions.Add(new LevelMention(null, i, role == LevelRole.OtherPerson ? LevelRole.Subject : role, message.Weight(i), relative.Shift)
                {
                    FromOtherPerson = StepsFromOtherPerson(message, i + relative.Length),
                });
                i += relative.Length - 1;
            }
        }

        return Between(message, mentions);
    }

    /// <summary>
    /// "the level sandwiched between Developing and Advanced", "the one in between L1 and L3": the level between two
    /// a step apart on either side, in place of the two.
    /// </summary>
    private static List<LevelMention> Between(Message message, List<LevelMention> mentions)
    {
        var words = message.Words;
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (first, second) = (mentions[i], mentions[i + 1]);
            if (first.Level is not { } low || second.Level is not { } high || Math.Abs((int)high - (int)low) != 2 || first.Position < 1 || first.Position + 1 >= words.Count)
            {
                continue;
            }

            var between = words[first.Position - 1] == "between" || (first.Position >= 2 && words[first.Position - 2] == "between");
            var single = Enumerable.Range(Math.Max(0, first.Position - 5), Math.Min(5, first.Position))
                .Any(k => words[k] is "level" or "one" or "rung" or "band" or "tier" or "grade" or "stage" or "sandwiched" or "middle");
            if (between && single && words[first.Position + 1] is "and" or "&")
            {
                mentions[i] = first with { Level = (ProficiencyLevel)(((int)low + (int)high) / 2) };
                mentions.RemoveAt(i + 1);
            }
        }

        return mentions;
    }

    /// <summary>"above him", "above where she is now", "below Kofi's": the step counts from someone else's level.</summary>
    private static bool StepsFromOtherPerson(Message message, int after)
    {
        for (var k = after; k < Math.Min(message.Count, after + 4) && message.SameSentence(after - 1, k); k++)
        {
            var word = message.Words[k];
            if (word is "me" or "mine" or "i" or "i'm" or "my" or "myself" or "us" or "our" or "ours" or "you" or "your")
            {
                return false;
            }

            if (word is "him" or "her" or "them" or "his" or "hers" or "theirs" or "she" or "he" or "they" or "their" || message.Named[k])
            {
                return true;
            }
        }

        return false;
    }

    private static double Weight(Message message, int position, LevelRole role) =>
        message.Weight(position) * (role == LevelRole.OtherPerson ? 0.25 : 1);

    /// <summary>The level (or two) named at <paramref name="i"/> on its own, and how many words it takes.</summary>
    private static (ProficiencyLevel[] Levels, int Length) Absolute(Message message, int i, ISet<string> occupationStems)
    {
        var words = message.Words;
        var word = words[i];
        var next = Word(words, i + 1);
        var afterNext = Word(words, i + 2);

        if (Pair(word, next, afterNext) is { } pair)
        {
            return pair;
        }

        // "third from the bottom", "second from top".
        if (LevelWords.Ordinals.TryGetValue(word, out var ordinal) && next == "from")
        {
            var end = afterNext == "the" ? Word(words, i + 3) : afterNext;
            var length = afterNext == "the" ? 4 : 3;
            if (end is "top" or "end" or "highest")
            {
                return ([LevelMention.Clamp(5 - ordinal)], length);
            }

            if (end is "bottom" or "lowest" or "start" or "beginning")
            {
                return ([LevelMention.Clamp(ordinal)], length);
            }
        }

        // "second highest", "next lowest", "second to last".
        if (word is "second" or "2nd" or "next" && next is "highest" or "top")
        {
            return ([ProficiencyLevel.Proficient], 2);
        }

        if (word is "second" or "2nd" or "next" && next is "lowest" or "bottom")
        {
            return ([ProficiencyLevel.Developing], 2);
        }

        if (word is "second" or "2nd" && next == "to" && (afterNext is "last" or "top" || (afterNext == "the" && Word(words, i + 3) is "top" or "last")))
        {
            return ([ProficiencyLevel.Proficient], afterNext == "the" ? 4 : 3);
        }

        if (Counted(words, i) is { } counted)
        {
            return counted;
        }

        if (LevelWords.Ordinals.TryGetValue(word, out var ordinalLevel) && next is "level" or "levels" or "rung" or "tier" or "band" or "stage" or "step" or "grade")
        {
            return ([(ProficiencyLevel)ordinalLevel], 2);
        }

        // "the first of the four levels", "the second of the levels".
        if (LevelWords.Ordinals.TryGetValue(word, out var ofLevels) && next == "of" && OfTheLevels(words, i + 2) is { } ofLength)
        {
            return ([(ProficiencyLevel)ofLevels], ofLength + 2);
        }

        // "I'm at the second level. What's expected of me at the third?": an ordinal on its own where levels are counted.
        if (LevelWords.Ordinals.TryGetValue(word, out var alone) && Word(words, i - 1) == "the" && message.Has("level")
            && (i + 1 >= words.Count || !message.SameSentence(i, i + 1) || next is "please" or "then" or "too" or "instead"))
        {
            return ([(ProficiencyLevel)alone], 1);
        }

        // "how's that different from where they start?", "right at the start": the first level.
        if (word == "where" && next is "they" or "you" or "we" or "people" or "someone" or "everyone" or "newcomers" && afterNext is "start" or "started" or "begin" or "began" or "starts" or "begins")
        {
            return ([ProficiencyLevel.Emerging], 3);
        }

        if (word is "start" or "beginning" && Word(words, i - 1) == "the" && Word(words, i - 2) is "at" or "from" && (i + 1 >= words.Count || !message.SameSentence(i, i + 1) || next is "of"))
        {
            return ([ProficiencyLevel.Emerging], 1);
        }

        // "I'm new", "someone as new as me", "new starters": a newcomer ("a new dispatcher" is found by its noun).
        if (word == "new" && (Word(words, i - 1) is "i'm" or "im" or "am" or "as" or "so" or "very" or "fairly" or "pretty" or "quite" or "still" or "totally" or "completely" or "really" or "too"
            || next is "here" or "starter" or "starters" or "joiner" or "joiners" or "recruit" or "recruits" or "hire" or "hires"))
        {
            return ([ProficiencyLevel.Emerging], 1);
        }

        // "I just started", "started on the desk last month": a newcomer, when the start is recent.
        if (word == "started" && (Word(words, i - 1) is "just" or "only" or "recently"
            || Enumerable.Range(i + 1, Math.Max(0, Math.Min(6, words.Count - i - 1))).Any(k => message.SameSentence(i, k) && (words[k] is "week" or "weeks" or "days" or "yesterday" or "monday" or "recently"
                || (words[k] == "month" && Word(words, k - 1) is "last" or "this" or "a")))))
        {
            return ([ProficiencyLevel.Emerging], 1);
        }

        // "six weeks into my first dispatch job", "three months in": a newcomer, counted in weeks or a few months.
        if (word is "weeks" or "months" && Word(words, i + 1) is "in" or "into" && RecentCount(Word(words, i - 1), word))
        {
            return ([ProficiencyLevel.Emerging], 2);
        }

        // "someone brand new to dispatch", "brand-new starters".
        if (word == "brand" && next == "new")
        {
            return ([ProficiencyLevel.Emerging], 2);
        }

        // "people in their first few months", "the first weeks on the desk": a newcomer.
        if (word == "first" && (next is "months" or "weeks" or "days" or "month" or "week" || (next is "few" or "couple" && afterNext is "months" or "weeks" or "days" or "of")))
        {
            return ([ProficiencyLevel.Emerging], next is "few" or "couple" ? 3 : 2);
        }

        // "the last one" is the last item of a list; "the top one" is the top level.
        if (LevelWords.Ends.TryGetValue(word, out var end2) && !(word is "last" or "final" && next is "one" or "ones") && (LevelWords.CountingNouns.Contains(next) || (next is "of" && afterNext is "the" && Word(words, i + 3) is "ladder" or "framework")
            || (word is "top" or "highest" or "lowest" or "bottom" && Word(words, i - 1) is "the" or "very" && (next.Length == 0 || Text.StopWords.All.Contains(next) || !message.SameSentence(i, i + 1)))))
        {
            return ([end2], LevelWords.CountingNouns.Contains(next) ? 2 : 1);
        }

        // "4", "and 3?", "top?": a reply that is nothing but a level's number or end names that level.
        if (AloneInAReply(words, i) && word.Length == 1 && char.IsDigit(word[0]) && LevelWords.Numbers.TryGetValue(word, out var aloneNumber))
        {
            return ([(ProficiencyLevel)aloneNumber], 1);
        }

        if (AloneInAReply(words, i) && LevelWords.Ends.TryGetValue(word, out var aloneEnd) && word is not ("last" or "final" or "first"))
        {
            return ([aloneEnd], 1);
        }

        // "3 vs 4", "2 and 3": bare numbers side by side with another level.
        if (BareNumber(words, i) is { } bare)
        {
            return ([bare], 1);
        }

        if (word is "most" && next is "senior" or "experienced")
        {
            return ([ProficiencyLevel.Advanced], 2);
        }

        if (word is "least" && next is "experienced" or "senior")
        {
            return ([ProficiencyLevel.Emerging], 2);
        }

        if (LevelWords.Names.TryGetValue(word, out var named) && !IsVerbOrAdjective(message, i, occupationStems))
        {
            // "the Proficient level" is one mention: its "level" is no "level down" of its own.
            return ([named], next is "level" or "levels" ? 2 : 1);
        }

        if (word == "mid" && (LevelWords.LevelNouns.Contains(next) || next is "career" or "range"))
        {
            return ([ProficiencyLevel.Developing], next == "level" ? 2 : 1);
        }

        if (word == "entry" && (next is "level" or "levels" || LevelWords.LevelNouns.Contains(next) || Word(words, i - 1) is "at" or "the" or "above" or "below" or "from" or "than" or "to"))
        {
            return ([ProficiencyLevel.Emerging], next is "level" or "levels" ? 2 : 1);
        }

        if (word == "new" && (LevelWords.NewcomerNouns.Contains(next) || occupationStems.Contains(message.Stems.Count > i + 1 ? message.Stems[i + 1] : "")))
        {
            return ([ProficiencyLevel.Emerging], 1);
        }

        if (word == "head" && next == "of")
        {
            return ([ProficiencyLevel.Advanced], 2);
        }

        if (LevelWords.Seniority.TryGetValue(word, out var seniority) && !IsVerbOrAdjective(message, i, occupationStems))
        {
            return ([seniority], 1);
        }

        return ([], 0);
    }

    /// <summary>How many words "the four levels", "the levels", "4 levels" take at <paramref name="at"/>, if they stand there.</summary>
    private static int? OfTheLevels(IReadOnlyList<string> words, int at)
    {
        var k = at;
        if (Word(words, k) == "the")
        {
            k++;
        }

        if (Word(words, k) is "four" or "4")
        {
            k++;
        }

        return Word(words, k) is "levels" or "rungs" or "bands" or "tiers" or "grades" or "stages" ? k - at + 1 : null;
    }

    /// <summary>"top two", "bottom two", "the middle two": two levels at once.</summary>
    private static (ProficiencyLevel[] Levels, int Length)? Pair(string word, string next, string afterNext)
    {
        var two = next is "two" or "2" || (next is "two" or "2" && afterNext is "levels" or "tiers");
        if (word is "top" or "highest" or "upper" or "senior" && two)
        {
            return ([ProficiencyLevel.Proficient, ProficiencyLevel.Advanced], 2);
        }

        if (word is "bottom" or "lowest" or "first" or "lower" or "entry" && two)
        {
            return ([ProficiencyLevel.Emerging, ProficiencyLevel.Developing], 2);
        }

        if ((word == "middle" && (two || next is "levels" or "tiers" or "bands" or "rungs")) || (word is "two" && next == "middle"))
        {
            return ([ProficiencyLevel.Developing, ProficiencyLevel.Proficient], 2);
        }

        return null;
    }

    /// <summary>"level 3", "tier two", "L2", "level2", "our L3s".</summary>
    private static (ProficiencyLevel[] Levels, int Length)? Counted(IReadOnlyList<string> words, int i)
    {
        var word = words[i];
        if (word.Length == 3 && word[0] == 'l' && word[2] == 's')
        {
            word = word[..2];
        }

        if (word.Length == 2 && word[0] is 'l' or 't' && LevelWords.Numbers.TryGetValue(word[1..], out var glued))
        {
            return ([(ProficiencyLevel)glued], 1);
        }

        foreach (var prefix in (string[])["level", "lvl", "tier", "band", "grade", "stage"])
        {
            if (word.Length > prefix.Length && word.StartsWith(prefix, StringComparison.Ordinal) && LevelWords.Numbers.TryGetValue(word[prefix.Length..], out var gluedLevel))
            {
                return ([(ProficiencyLevel)gluedLevel], 1);
            }
        }

        var next = Word(words, i + 1);
        // "the level two steps above her", "the level one below the top": a count of steps, not a level's number.
        var afterNumber = Word(words, i + 2);
        var counts = afterNumber is "steps" or "step" or "levels" or "rungs" or "bands" or "grades" or "tiers" or "notches" or "above" or "below" or "under"
            or "beneath" or "underneath" or "up" or "down" or "higher" or "lower";
        if (LevelWords.CountingNouns.Contains(word) && word != "one" && LevelWords.Numbers.TryGetValue(next, out var number) && !counts
            && !(next == "i" && word is "level" or "l" or "step") && !(word == "step" && next == "one"))
        {
            return ([(ProficiencyLevel)number], 2);
        }

        // "level no. 3", "level number 2".
        if (word is "level" && next is "no" or "number" && LevelWords.Numbers.TryGetValue(Word(words, i + 2), out var spelled))
        {
            return ([(ProficiencyLevel)spelled], 3);
        }

        return null;
    }

    /// <summary>
    /// "the level above Developing", "one below the top", "a step up from Emerging": a shift from the level named at
    /// <paramref name="i"/>, and where the phrase starts.
    /// </summary>
    private static (int Shift, int Start) AnchoredShift(Message message, int i)
    {
        var words = message.Words;
        var j = i - 1;
        if (j >= 0 && words[j] == "the")
        {
            j--;
        }

        if (j < 0 || !message.SameSentence(j, i))
        {
            return (0, i);
        }

        // "one step up from emerging", "a level down from advanced"; not "step up from established", which is a move.
        if (words[j] == "from" && j >= 2 && words[j - 1] is "up" or "down" or "above" or "below"
            && (words[j - 2] is "one" || (j >= 3 && words[j - 3] is "one" or "a" && words[j - 2] is "step" or "level" or "notch" or "rung" or "grade" or "band")))
        {
            var up = words[j - 1] is "up" or "above";
            return (up ? 1 : -1, Math.Max(0, j - 3));
        }

        // "two steps below the top", "two levels above Emerging".
        if (words[j] is "above" or "below" or "under" or "beneath" && j >= 2 && words[j - 1] is "steps" or "levels" or "rungs" or "bands" or "grades" or "tiers"
            && words[j - 2] is "two" or "2")
        {
            return (words[j] == "above" ? 2 : -2, j - 2);
        }

        // "the level after developing" is where someone goes next from Developing: a move, not a shifted level.
        var isAbove = AboveWords.Contains(words[j]) && words[j] is "above" or "over";
        var isBelow = BelowWords.Contains(words[j]) && words[j] is "below" or "under" or "beneath" or "underneath";
        if (!isAbove && !isBelow)
        {
            return (0, i);
        }

        // Only with a ladder noun before it: "the one above developing", not "progress beyond developing".
        var noun = j >= 1 ? words[j - 1] : "";
        if (noun is "level" or "one" or "rung" or "tier" or "step" or "stage" or "band" or "grade" or "directly" or "just" or "right" or "immediately"
            or "what's" or "whats" or "is" or "comes" or "sits" or "above" or "below")
        {
            return (isAbove ? 1 : -1, Math.Max(0, j - 2));
        }

        return (0, i);
    }

    /// <summary>"six" weeks, "three" months: few enough to be new (weeks of any number, months up to six).</summary>
    private static bool RecentCount(string count, string unit) =>
        unit == "weeks" ? count is "few" or "couple" || count.Length > 0 && (char.IsDigit(count[0]) || LevelWords.Numbers.ContainsKey(count) || count is "five" or "six" or "seven" or "eight" or "nine" or "ten")
        : count is "few" or "couple" or "two" or "three" or "four" or "five" or "six" or "2" or "3" or "4" or "5" or "6";

    /// <summary>Whether the word stands alone in a short reply, with at most a few words that only carry it on ("and", "what about", "now").</summary>
    private static bool AloneInAReply(IReadOnlyList<string> words, int i) =>
        words.Count <= 4 && words.Where((word, j) => j != i).All(word => ReplyFillers.Contains(word));

    private static readonly FrozenSet<string> ReplyFillers = Message.Set("and", "what", "about", "how", "now", "then", "ok", "okay", "so", "the", "very", "at", "for", "level", "one", "pls", "please");

    /// <summary>A bare 1–4 beside "vs", "and", "or" or "to" and another level ("3 vs 4", "levels 2 and 3").</summary>
    private static ProficiencyLevel? BareNumber(IReadOnlyList<string> words, int i)
    {
        if (words[i].Length != 1 || !LevelWords.Numbers.TryGetValue(words[i], out var number))
        {
            return null;
        }

        static bool Joins(string word) => word is "versus" or "and" or "or" or "to" or "through" or "with";
        bool IsLevel(int j) => j >= 0 && j < words.Count && (words[j].Length == 1 && LevelWords.Numbers.ContainsKey(words[j]) || LevelWords.Names.ContainsKey(words[j]) || (j > 0 && LevelWords.CountingNouns.Contains(words[j - 1]) && LevelWords.Numbers.ContainsKey(words[j])));
        return (i >= 2 && Joins(words[i - 1]) && IsLevel(i - 2)) || (i + 2 < words.Count && Joins(words[i + 1]) && IsLevel(i + 2)) ? (ProficiencyLevel)number : null;
    }

    /// <summary>"the level above", "one down", "the next one": a step from the conversation's level.</summary>
    private static (int Shift, int Length)? Relative(Message message, int i)
    {
        var words = message.Words;
        var word = words[i];
        var next = Word(words, i + 1);
        var afterNext = Word(words, i + 2);

        // "one above entry", "the level below the top": a step from the level named next, which the level itself resolves.
        var anchor = afterNext is "the" or "a" ? Word(words, i + 3) : afterNext;
        if (next is "above" or "below" or "under" && (LevelWords.Names.ContainsKey(anchor) || LevelWords.Seniority.ContainsKey(anchor) || LevelWords.Ends.ContainsKey(anchor) || anchor is "mid" or "level" or "l1" or "l2" or "l3" or "l4"))
        {
            return null;
        }
        // "one" on its own steps only where it stands for a level: "the one above", "and one down?", not "quick one before my 1:1".
        // "step up" and "level up" are verbs ("when they step up"); "a step up", "the level up" are levels.
        var counts = (word is "level" or "rung" or "tier" or "step" or "stage" or "band" && (next is not "up" || Word(words, i - 1) is "the" or "a" or "one" or "next"))
            || (word == "one" && (Word(words, i - 1) is "the" or "and" or "about" or "then" or "just" or "go" || (i == 0 && words.Count <= 5)));
        if (counts && next is "above" or "up" or "higher" or "after" or "following" && !(next == "up" && afterNext == "from"))
        {
            return (1, 2);
        }

        if (counts && next is "below" or "down" or "lower" or "before" && !(next == "down" && afterNext == "from"))
        {
            return (-1, 2);
        }

        if (word is "next" or "following" or "subsequent" && next is "level" or "one" or "rung" or "tier" or "stage" or "band" or "grade" or "step")
        {
            return (1, 2);
        }

        if (word is "level" or "rung" or "tier" or "stage" or "band" or "grade" or "step" && next is "after" or "following" && afterNext is "mine" or "that" or "this" or "it" or "theirs" or "his" or "hers" or "")
        {
            return (1, 3);
        }

        if (word is "one" or "a" && next is "level" or "grade" or "band" or "rung" or "step" or "tier" or "notch" && afterNext is "up" or "higher" or "above")
        {
            return (1, 3);
        }

        if (word is "one" or "a" && next is "level" or "grade" or "band" or "rung" or "step" or "tier" or "notch" && afterNext is "down" or "lower" or "below" or "beneath" or "under" or "underneath")
        {
            return (-1, 3);
        }

        if (word is "previous" or "prior" or "lower" && next is "level" or "one" or "rung" or "tier" or "stage" or "band" or "grade")
        {
            return (-1, 2);
        }

        if (word is "higher" && next is "level" or "one" or "rung" or "tier" or "band" or "grade")
        {
            return (1, 2);
        }

        // "that level", "the same band", "at my level": the conversation's (or the speaker's) level itself.
        if (word is "that" or "this" or "same" or "their" or "his" or "her" or "my" or "our" && next is "level" or "stage" or "band" or "tier" or "grade" or "rung")
        {
            return (0, 2);
        }

        if (word is "after" or "above" or "beyond" or "past" && next is "that" or "this" or "it" && Word(words, i - 1) is "next" or "comes" or "what's" or "whats" or "one" or "level" or "step")
        {
            return (1, 2);
        }

        // "move up from there": the conversation's level, as where someone starts.
        if (word is "there" or "here" && Word(words, i - 1) is "from")
        {
            return (0, 1);
        }

        // "two steps below the top": a step from the level named next, which the level itself resolves.
        var twoAnchor = Word(words, i + 3) is "the" or "a" ? Word(words, i + 4) : Word(words, i + 3);
        if (word is "two" && next is "levels" or "rungs" or "tiers" or "steps" or "bands" && afterNext is "above" or "below" or "under" or "beneath"
            && (LevelWords.Names.ContainsKey(twoAnchor) || LevelWords.Seniority.ContainsKey(twoAnchor) || LevelWords.Ends.ContainsKey(twoAnchor)))
        {
            return null;
        }

        if (word is "two" && next is "levels" or "rungs" or "tiers" or "steps" or "bands" && afterNext is "up" or "above" or "higher")
        {
            return (2, 3);
        }

        if (word is "two" && next is "levels" or "rungs" or "tiers" or "steps" or "bands" && afterNext is "down" or "below" or "lower" or "beneath" or "under")
        {
            return (-2, 3);
        }

        // "the level directly beneath it", "the rung just above that": a step, with a word of emphasis before its direction.
        if (word is "level" or "rung" or "band" or "grade" or "tier" or "one" or "stage" && next is "directly" or "just" or "immediately" or "right"
            && afterNext is "above" or "below" or "beneath" or "under" or "underneath" && Word(words, i + 3) is "it" or "that" or "this" or "them" or "")
        {
            return (afterNext == "above" ? 1 : -1, 4);
        }

        // "two above that", "two below it": two steps from the level in context.
        if (word is "two" or "2" && next is "above" or "below" or "beneath" or "under" or "up" or "down" && afterNext is "that" or "it" or "this" or "them" or "those" or "")
        {
            return (next is "above" or "up" ? 2 : -2, afterNext.Length == 0 ? 2 : 3);
        }

        // "one below mine", "the one above her": a step from someone's level, said with whose it is.
        if (word is "one" or "level" or "rung" or "band" or "grade" or "tier" && next is "above" or "below" or "under" or "beneath"
            && afterNext is "mine" or "me" or "him" or "her" or "hers" or "his" or "them" or "theirs" or "yours" or "ours" or "us")
        {
            return (next == "above" ? 1 : -1, 2);
        }

        if (word is "above" or "below" && next is "that" or "it" or "this" or "them" && Word(words, i - 1) is "one" or "level" or "just" or "directly" or "right" or "")
        {
            return (word == "above" ? 1 : -1, 2);
        }

        if (word is "up" or "down" && next is "a" && afterNext is "level" or "rung" or "notch" or "tier" or "band")
        {
            return (word == "up" ? 1 : -1, 3);
        }

        return null;
    }

    /// <summary>What the level at <paramref name="start"/> (ending before <paramref name="end"/>) is to the speaker.</summary>
    private static LevelRole Role(Message message, int start, int end)
    {
        var words = message.Words;
        var after = Word(words, end);

        // "our senior dispatcher Sam", "my mentor Dev is Proficient", "she is firmly Advanced herself": another person's level.
        var afterNoun = end;
        while (afterNoun < Math.Min(words.Count, end + 3) && (LevelWords.LevelNouns.Contains(words[afterNoun]) || words[afterNoun] is "individual" or "contributor" or "ic"))
        {
            afterNoun++;
        }

        if ((afterNoun < words.Count && message.SameSentence(start, afterNoun) && message.Named[afterNoun] && !LevelWords.Names.ContainsKey(words[afterNoun]))
            || after is "himself" or "herself" or "themselves"
            || IsSomeoneElses(message, start))
        {
            return LevelRole.OtherPerson;
        }
        if (end < words.Count && message.SameSentence(start, end) && LevelWords.OtherPeople.Contains(after) && !(after is "people" or "person" or "member" or "members" or "team"))
        {
            return LevelRole.OtherPerson;
        }

        if (words[start] is "lead" or "leads" && start > 0 && LevelWords.TitleQualifiers.Contains(words[start - 1]) && !LevelWords.LevelNouns.Contains(after))
        {
            return LevelRole.OtherPerson;
        }

        if (words[start] is "senior" && after is "leadership" or "management" or "managers" or "leaders")
        {
            return LevelRole.OtherPerson;
        }

        // Look back over a few bridging words for what the level is to the speaker.
        for (var j = start - 1; j >= Math.Max(0, start - 5) && message.SameSentence(j, start); j--)
        {
            var word = words[j];
            if (SpeakerWords.Contains(word) && !(word == "i" && Word(words, j + 1) is "need" or "want" or "manage" or "supervise" or "train" or "hire" or "have" or "lead" or "look"))
            {
                return LevelRole.Speaker;
            }

            if (word == "my" && Word(words, j + 1) is "level" or "grade" or "band" or "current" or "rank" or "position" or "title" or "tier")
            {
                return LevelRole.Speaker;
            }

            // "as a junior, ...", "as someone sitting at tier one, ...".
            if (word == "as" && Word(words, j + 1) is "a" or "an" or "someone" or "somebody")
            {
                return LevelRole.Speaker;
            }

            // "got bumped to level 3", "I was promoted to Proficient": where the speaker now is, not where they are going.
            if (word == "to" && j >= 1 && words[j - 1] is "bumped" or "promoted" or "moved" or "regraded" or "upgraded" or "graded"
                && j >= 2 && words[j - 2] is "got" or "was" or "been" or "i" or "just" or "i've" or "recently" or "finally")
            {
                return LevelRole.Speaker;
            }

            // "newly promoted Proficient dispatchers" are at Proficient already.
            if (word is "promoted" or "to" && PromotedAlready(words, j))
            {
                return LevelRole.Subject;
            }

            if ((TargetWords.Contains(word) && !(word == "to" && j >= 1 && NotDirections.Contains(words[j - 1])))
                || (word == "for" && j >= 1 && TargetAfterFor.Contains(words[j - 1])))
            {
                return LevelRole.Target;
            }

            if (OriginWords.Contains(word))
            {
                return LevelRole.Origin;
            }

            if (!SpeakerBridge.Contains(word) && !Skippable.Contains(word))
            {
                break;
            }
        }

        return LevelRole.Subject;
    }

    private static bool PromotedAlready(IReadOnlyList<string> words, int at)
    {
        var promoted = words[at] == "to" ? at - 1 : at;
        return promoted >= 1 && words[promoted] == "promoted" && words[promoted - 1] is "newly" or "recently" or "freshly" or "just";
    }

    /// <summary>"Dev is Proficient", "our ops director is at Advanced", "she's firmly Developing": another person's level.</summary>
    private static bool IsSomeoneElses(Message message, int start)
    {
        var words = message.Words;
        for (var j = start - 1; j >= Math.Max(1, start - 6) && message.SameSentence(j, start); j--)
        {
            if (words[j] is "is" or "was" or "'s")
            {
                var subject = words[j - 1];
                return message.Named[j - 1] || subject is "he" or "she" or "director" or "manager" or "lead" or "supervisor" or "mentor" or "boss" or "colleague" or "they";
            }

            if (words[j] is "he's" or "she's")
            {
                return true;
            }

            // "Lena has been assessed at Emerging", "Dev has been rated Proficient": someone assessed is someone else
            // unless it is the speaker.
            if (words[j] is "has" or "had")
            {
                var subject = words[j - 1];
                var assessed = Enumerable.Range(j + 1, start - j - 1).Any(k => words[k] is "assessed" or "rated" or "graded" or "placed" or "classed" or "considered");
                return message.Named[j - 1] || subject is "he" or "she" or "they" || (assessed && subject is not ("i" or "we" or "you" or "it" or "this" or "that" or "which"));
            }

            if (words[j] is not ("at" or "firmly" or "already" or "now" or "currently" or "solidly" or "a" or "an" or "the" or "level" or "squarely" or "clearly"
                or "been" or "assessed" or "rated" or "graded" or "placed" or "classed" or "considered" or "still" or "probably" or "just"))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsVerbOrAdjective(Message message, int i, ISet<string> occupationStems)
    {
        var words = message.Words;
        var word = words[i];

        // Only words of its own sentence make a level word a verb: "my manager is a lead. What do I need".
        var next = i + 1 < words.Count && message.SameSentence(i, i + 1) ? words[i + 1] : "";
        var previous = i > 0 && message.SameSentence(i - 1, i) ? words[i - 1] : "";
        // A level name capitalised inside its sentence, or one that qualifies the occupation or a ladder noun
        // ("for Developing dispatchers", "for developing staff"), names the level whatever stands before it.
        var qualifiesPeople = next is "level" or "levels" or "band" or "tier" or "grade" or "stage" or "rung"
            || (i + 1 < message.Count && occupationStems.Contains(message.Stems[i + 1]));
        // "emerging through exceeding", "developing vs exceeding": a level word in a range or pair is the level.
        if (message.Capitalised[i] || qualifiesPeople || previous is "through" or "thru" or "versus" or "till" or "until")
        {
            return false;
        }

        return word switch
        {
            "developing" when previous is "keep" or "keeps" or "kept" or "continue" or "continues" or "start" or "stop" or "been" or "be" or "avoid"
                or "help" or "helping" or "focus" or "focusing" or "focused" or "on" or "of" or "in" or "about" or "for" or "by" or "like" or "love" => true,
            "developing" or "applying" => ObjectWords.Contains(next) && !LevelWords.LevelNouns.Contains(next)
                && next is not ("expectations" or "statements" or "skills" or "staff" or "on" or "with" or "by" or "for" or "to" or "up" or "out" or "into" or "what" or "how" or "me" or "us"),
            "emerging" => EmergingThings.Contains(next),
            "exceeding" => ExceededThings.Contains(next),
            "advanced" => (ObjectWords.Contains(next) && next is not ("to" or "level" or "ai" or "statements" or "skills")) || AuxiliaryWords.Contains(previous),
            "established" => AuxiliaryWords.Contains(previous) || previous is "well" or "an" && next is not ("dispatcher" or "dispatchers" or "level") || ObjectWords.Contains(next),
            "lead" or "leads" when LevelWords.TitleQualifiers.Contains(previous) => false,
            "lead" or "leads" => (ObjectWords.Contains(next) && next is not ("dispatcher" or "dispatchers" or "level" or "what" or "how")) || previous is "will" or "can" or "should" or "would" or "must" or "could" || next is "by" or "on",
            "executive" => next is "discussions" or "team" or "summary" or "sponsor" or "buy" or "committee" or "board" || previous is "senior",
            "expert" => next is "in" or "at" or "system" or "systems" or "on",
            "principal" => next is "reason" or "reasons" or "aim",
            "senior" => next is "leadership" or "management",
            "experienced" => next is "in" or "with" or "at" || previous is "have" or "has" or "had" or "i've" or "we've",
            _ => false,
        };
    }

    private static string Word(IReadOnlyList<string> words, int i) => i >= 0 && i < words.Count ? words[i] : "";
}
