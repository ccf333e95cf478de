using System.Collections.Frozen;
using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// The words people use for the four levels: the level names, the durable-skill names (Applying, Exceeding), the
/// role labels' words (entry, mid-level, senior, lead ...) and numbers ("level 3", "L2").
/// </summary>
internal static class LevelWords
{
    private static readonly FrozenDictionary<string, ProficiencyLevel> Single = new Dictionary<string, ProficiencyLevel>(StringComparer.Ordinal)
    {
        ["emerging"] = ProficiencyLevel.Emerging,
        ["entry"] = ProficiencyLevel.Emerging,
        ["apprentice"] = ProficiencyLevel.Emerging,
        ["apprentices"] = ProficiencyLevel.Emerging,
        ["junior"] = ProficiencyLevel.Emerging,
        ["juniors"] = ProficiencyLevel.Emerging,
        ["trainee"] = ProficiencyLevel.Emerging,
        ["trainees"] = ProficiencyLevel.Emerging,
        ["beginner"] = ProficiencyLevel.Emerging,
        ["beginners"] = ProficiencyLevel.Emerging,
        ["novice"] = ProficiencyLevel.Emerging,
        ["novices"] = ProficiencyLevel.Emerging,
        ["developing"] = ProficiencyLevel.Developing,
        ["established"] = ProficiencyLevel.Developing,
        ["intermediate"] = ProficiencyLevel.Developing,
        ["midlevel"] = ProficiencyLevel.Developing,
        ["mid"] = ProficiencyLevel.Developing,
        ["proficient"] = ProficiencyLevel.Proficient,
        ["applying"] = ProficiencyLevel.Proficient,
        ["senior"] = ProficiencyLevel.Proficient,
        ["seniors"] = ProficiencyLevel.Proficient,
        ["expert"] = ProficiencyLevel.Proficient,
        ["experts"] = ProficiencyLevel.Proficient,
        ["experienced"] = ProficiencyLevel.Proficient,
        ["advanced"] = ProficiencyLevel.Advanced,
        ["exceeding"] = ProficiencyLevel.Advanced,
        ["lead"] = ProficiencyLevel.Advanced,
        ["leads"] = ProficiencyLevel.Advanced,
        ["principal"] = ProficiencyLevel.Advanced,
        ["principals"] = ProficiencyLevel.Advanced,
        ["executive"] = ProficiencyLevel.Advanced,
        ["executives"] = ProficiencyLevel.Advanced,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NumberWords = FrozenSet.ToFrozenSet(["level", "lvl", "l", "tier", "stage", "band"], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["1"] = 1,
        ["2"] = 2,
        ["3"] = 3,
        ["4"] = 4,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["i"] = 1,
        ["ii"] = 2,
        ["iii"] = 3,
        ["iv"] = 4,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Nouns after "new" that make it mean the entry level ("new dispatcher", "new hire").</summary>
    private static readonly FrozenSet<string> NewcomerNouns = FrozenSet.ToFrozenSet(
        ["hire", "hires", "starter", "starters", "joiner", "joiners", "recruit", "recruits", "staff", "employee", "employees", "person", "people", "colleague", "colleagues", "member", "members"],
        StringComparer.Ordinal);

    /// <summary>All words that can name a level, so they are never typo-corrected into something else.</summary>
    public static FrozenSet<string> All { get; } = Single.Keys.Concat(["level", "levels"]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The levels a question names, in order of appearance; <paramref name="ignored"/> word positions are skipped.</summary>
    public static List<LevelMention> Find(Query query, ISet<string> occupationWords, ISet<int>? ignored = null)
    {
        var mentions = new List<LevelMention>();
        var words = query.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (ignored?.Contains(i) == true)
            {
                continue;
            }

            var word = words[i];
            if (TryNumber(words, i) is { } numbered)
            {
                mentions.Add(new LevelMention(numbered, i));
            }
            else if (Single.TryGetValue(word, out var level) && !IsVerbUse(words, i))
            {
                mentions.Add(new LevelMention(level, i));
            }
            else if (word == "new" && i + 1 < words.Count && (NewcomerNouns.Contains(words[i + 1]) || occupationWords.Contains(Stemmer.Stem(words[i + 1]))))
            {
                mentions.Add(new LevelMention(ProficiencyLevel.Emerging, i));
            }
        }

        return mentions;
    }

    /// <summary>
    /// Where a level word qualifies the occupation that follows it ("a lead dispatcher", "senior dispatchers"): such a
    /// word names the level, never part of a statement's title ("leadership"). Usually none.
    /// </summary>
    public static IReadOnlyList<int> PositionsQualifying(Query query, ImmutableArray<string> titleStems)
    {
        List<int>? positions = null;
        for (var i = 0; i + 1 < query.Words.Count; i++)
        {
            if (Single.ContainsKey(query.Words[i]) && titleStems.Contains(query.Stems[i + 1]))
            {
                (positions ??= []).Add(i);
            }
        }

        return positions ?? (IReadOnlyList<int>)[];
    }

    private static ProficiencyLevel? TryNumber(IReadOnlyList<string> words, int i)
    {
        var word = words[i];
        if (word.Length == 3 && word[0] == 'l' && word[2] == 's')
        {
            // "our L3s": a plural of people at a level.
            word = word[..2];
        }

        if (word.Length == 2 && word[0] == 'l' && Numbers.TryGetValue(word[1..], out var glued))
        {
            return (ProficiencyLevel)glued;
        }

        if (word.StartsWith("level", StringComparison.Ordinal) && Numbers.TryGetValue(word[5..], out var gluedLevel))
        {
            return (ProficiencyLevel)gluedLevel;
        }

        return NumberWords.Contains(word) && i + 1 < words.Count && Numbers.TryGetValue(words[i + 1], out var number)
            && !(words[i + 1] == "i" && word == "level")
            ? (ProficiencyLevel)number
            : null;
    }

    /// <summary>"lead the team", "leads to": the verb, not the level.</summary>
    private static bool IsVerbUse(IReadOnlyList<string> words, int i) =>
        words[i] is "lead" or "leads" && i + 1 < words.Count && words[i + 1] is "to" or "the" or "a" or "an" or "my" or "our" or "their" or "by";
}
