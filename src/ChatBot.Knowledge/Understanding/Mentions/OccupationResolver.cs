using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Text;
using ChatBot.Knowledge.Understanding.Messages;

namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>
/// Finds the occupation a question is about: a SOC code, then a related title, then the words of occupation
/// titles, then the conversation's occupation, then the only occupation of a one-framework store.
/// </summary>
internal static partial class OccupationResolver
{
    private static readonly string[] RoleSlotOpeners = ["a", "an", "the", "for", "as", "being"];

    public static OccupationResolution Resolve(Message query, StoreIndex index, Vocabulary vocabulary, ConversationContext context)
    {
        var soc = SocCode().Match(query.Raw);
        if (soc.Success && (index.BySoc.GetValueOrDefault(soc.Value) ?? index.SocPrefixes.GetValueOrDefault(soc.Value)) is { } bySoc)
        {
            return new OccupationResolution { Framework = bySoc, Named = true };
        }

        var related = RelatedTitleAsked(query, index);
        var (byTitle, personNounAsked) = FrameworksByTitleWords(query, index);
        if (related is not null && (byTitle.Count == 0 || byTitle.Contains(related.Framework)))
        {
            return new OccupationResolution { Framework = related.Framework, Named = true, RelatedTitle = related };
        }

        var contextual = context.SocCode is { } socCode ? index.BySoc.GetValueOrDefault(socCode) : null;

        // In a conversation about one occupation, a word that only qualifies other titles ("customer" in "Customer
        // Service Representatives") does not change the subject: "what is customer escalation handling?".
        if (contextual is not null && byTitle.Count > 0 && !personNounAsked && !byTitle.Contains(contextual))
        {
            return new OccupationResolution { Framework = contextual };
        }

        if (byTitle.Count == 1)
        {
            return new OccupationResolution { Framework = byTitle[0], Named = true };
        }

        if (byTitle.Count > 1)
        {
            return contextual is not null && byTitle.Contains(contextual)
                ? new OccupationResolution { Framework = contextual, Named = true }
                : new OccupationResolution { Choices = [.. byTitle] };
        }

        var unknown = UnknownOccupationNoun(query, index, vocabulary);
        if (unknown is not null)
        {
            return new OccupationResolution { UnknownOccupation = unknown };
        }

        if (contextual is not null)
        {
            return new OccupationResolution { Framework = contextual };
        }

        return index.Frameworks.Length == 1
            ? new OccupationResolution { Framework = index.Frameworks[0] }
            : new OccupationResolution { Choices = index.Frameworks };
    }

    /// <summary>The longest related title all of whose words the question has; between equals, the first by name.</summary>
    private static RelatedTitle? RelatedTitleAsked(Message query, StoreIndex index)
    {
        RelatedTitle? best = null;
        foreach (var stem in query.Stems)
        {
            if (!index.RelatedTitlesByFirstStem.TryGetValue(stem, out var titles))
            {
                continue;
            }

            foreach (var title in titles)
            {
                if (IsBetter(title, best) && HasAll(query, title.Stems))
                {
                    best = title;
                }
            }
        }

        return best;
    }

    private static bool HasAll(Message query, ImmutableArray<string> stems)
    {
        foreach (var stem in stems)
        {
            if (!query.HasStem(stem))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBetter(RelatedTitle title, RelatedTitle? best) =>
        best is null ||
        title.Stems.Length > best.Stems.Length ||
        (title.Stems.Length == best.Stems.Length && string.CompareOrdinal(title.Title, best.Title) < 0);

    /// <summary>The frameworks whose titles share the most words with the question, and whether those words include their person noun.</summary>
    private static (List<FrameworkIndex> Frameworks, bool PersonNounAsked) FrameworksByTitleWords(Message query, StoreIndex index)
    {
        // Loops rather than LINQ: this runs for every question, and most questions touch one or two titles.
        Dictionary<FrameworkIndex, int>? scores = null;
        var stems = query.Stems;
        for (var i = 0; i < stems.Count; i++)
        {
            var stem = stems[i];
            if (IsRepeated(stems, i) || !index.ByTitleStem.TryGetValue(stem, out var frameworks))
            {
                continue;
            }

            scores ??= [];
            foreach (var framework in frameworks)
            {
                // Each title word counts; the title's person noun, as a noun ("handlers", not "handling"), breaks a
                // tie: in "dispatcher statements about angry customers" the dispatchers are asked about.
                var isPersonNoun = framework.PersonNounStem == stem && query.HasAny(framework.PersonNouns.AsSpan());
                scores[framework] = scores.GetValueOrDefault(framework) + 2 + (isPersonNoun ? 1 : 0);
            }
        }

        if (scores is null)
        {
            return ([], false);
        }

        // Two points a title word, one more for the person noun: an odd best score has it.
        var best = 0;
        foreach (var score in scores.Values)
        {
            best = Math.Max(best, score);
        }

        var leaders = new List<FrameworkIndex>(1);
        foreach (var (framework, score) in scores)
        {
            if (score == best)
            {
                leaders.Add(framework);
            }
        }

        return (leaders.Count > 1 ? [.. leaders.OrderBy(framework => framework.Framework.Occupation.SocCode, StringComparer.Ordinal)] : leaders, best % 2 == 1);
    }

    /// <summary>Whether the stem at <paramref name="position"/> came earlier in the question too.</summary>
    private static bool IsRepeated(IReadOnlyList<string> stems, int position)
    {
        for (var earlier = 0; earlier < position; earlier++)
        {
            if (string.Equals(stems[earlier], stems[position], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "a senior teacher", "level 2 teacher", "junior software developers": a person noun in the few words after an
    /// article or a level word that the store never uses. Words the store knows (dispatcher, driver) end the scan.
    /// The asker's own team ("our recruiters") is not the subject, so possessives open no slot, and nor is anyone
    /// named in a sentence that does not ask.
    /// </summary>
    private static string? UnknownOccupationNoun(Message query, StoreIndex index, Vocabulary vocabulary)
    {
        var words = query.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (!RoleSlotOpeners.Contains(words[i]) && !LevelWords.All.Contains(words[i]))
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(words.Count, i + 4); j++)
            {
                var candidate = words[j];
                if (LevelWords.All.Contains(candidate) || LevelWords.NewcomerNouns.Contains(candidate) || candidate.All(char.IsDigit) || candidate is "new" or "one" or "two" or "three" or "four")
                {
                    continue;
                }

                if (index.OccupationStems.Contains(Stemmer.Stem(candidate)))
                {
                    break;
                }

                // People named in background ("our hiring managers want ...", "Ben, a scheduler on my team") are not asked about.
                if (!vocabulary.IsKnown(candidate) && LooksLikeOccupation(candidate) && query.Asking[query.SentenceOf[j]] && !query.Negated[j])
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool LooksLikeOccupation(string word) =>
        Lexicon.OccupationNouns.Contains(word) ||
        (word.Length >= 6 && word.All(char.IsLetter) && Lexicon.OccupationEndings.Any(ending => word.EndsWith(ending, StringComparison.Ordinal)));

    [GeneratedRegex(@"\b\d{2}-\d{4}(?:\.\d{2})?\b")]
    private static partial Regex SocCode();
}
