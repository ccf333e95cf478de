using System.Text.RegularExpressions;
using ChatBot.Knowledge.Search;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// Finds the occupation a question is about: a SOC code, then a related title, then the words of occupation
/// titles, then the conversation's occupation, then the only occupation of a one-framework store.
/// </summary>
internal static partial class OccupationResolver
{
    private static readonly string[] RoleSlotOpeners = ["a", "an", "the", "for", "as", "our", "my", "of", "their", "being"];

    public static OccupationResolution Resolve(Query query, StoreIndex index, ConversationContext context)
    {
        var soc = SocCode().Match(query.Raw);
        if (soc.Success && index.Frameworks.FirstOrDefault(framework => framework.Framework.Occupation.SocCode.StartsWith(soc.Value, StringComparison.Ordinal)) is { } bySoc)
        {
            return new OccupationResolution { Framework = bySoc, Named = true };
        }

        var related = index.RelatedTitles
            .Where(title => title.Stems.Length > 0 && title.Stems.All(query.HasStem))
            .OrderByDescending(title => title.Stems.Length)
            .ThenBy(title => title.Title, StringComparer.Ordinal)
            .FirstOrDefault();
        var byTitle = FrameworksByTitleWords(query, index);
        if (related is not null && (byTitle.Count == 0 || byTitle.Contains(related.Framework)))
        {
            return new OccupationResolution { Framework = related.Framework, Named = true, RelatedTitle = related };
        }

        var contextual = context.SocCode is { } socCode ? index.BySoc.GetValueOrDefault(socCode) : null;
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

        var unknown = UnknownOccupationNoun(query, index);
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

    private static List<FrameworkIndex> FrameworksByTitleWords(Query query, StoreIndex index)
    {
        var scores = new Dictionary<FrameworkIndex, int>();
        foreach (var stem in query.Stems.Distinct(StringComparer.Ordinal))
        {
            if (index.ByTitleStem.TryGetValue(stem, out var frameworks))
            {
                foreach (var framework in frameworks)
                {
                    scores[framework] = scores.GetValueOrDefault(framework) + 1;
                }
            }
        }

        if (scores.Count == 0)
        {
            return [];
        }

        var best = scores.Values.Max();
        return [.. scores.Where(pair => pair.Value == best).Select(pair => pair.Key).OrderBy(framework => framework.Framework.Occupation.SocCode, StringComparer.Ordinal)];
    }

    /// <summary>
    /// "a senior teacher", "a proficient nurse": a person noun in the slot after an article or a level word that
    /// the store never uses. Words the store knows (dispatcher, driver, supervisor) never count.
    /// </summary>
    private static string? UnknownOccupationNoun(Query query, StoreIndex index)
    {
        var words = query.Words;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var opensSlot = RoleSlotOpeners.Contains(words[i]) || LevelWords.All.Contains(words[i]);
            if (!opensSlot)
            {
                continue;
            }

            var candidate = words[i + 1];
            if ((LevelWords.All.Contains(candidate) || candidate == "new") && i + 2 < words.Count)
            {
                candidate = words[i + 2];
            }

            if (!index.Vocabulary.IsKnown(candidate) && !index.OccupationStems.Contains(Stemmer.Stem(candidate)) && LooksLikeOccupation(candidate))
            {
                return candidate;
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
