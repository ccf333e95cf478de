using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// Places a described person on the ladder ("finished their first year, work on their own, not yet the complex
/// multi-zone work"): experience cues vote for a level; a cue in a negated clause rules its level (and those
/// above) out. Clauses are split on punctuation and "but", so a negation never reaches across sentences.
/// </summary>
internal static class LevelFitter
{
    public static (ProficiencyLevel Level, LevelFit Fit)? Fit(string raw)
    {
        var votes = new Dictionary<ProficiencyLevel, int>();
        var cues = ImmutableArray.CreateBuilder<string>();
        var ruledOut = ImmutableArray.CreateBuilder<string>();
        ProficiencyLevel? ceiling = null;
        foreach (var clause in Clauses(raw))
        {
            var words = clause.Select(Spelling.Americanize).ToList();
            var text = $" {string.Join(' ', words)} ";
            var negated = words.Any(word => Lexicon.Negations.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal));
            foreach (var (phrase, level) in Lexicon.FitCues)
            {
                if (!text.Contains($" {phrase} ", StringComparison.Ordinal))
                {
                    continue;
                }

                if (negated)
                {
                    ruledOut.Add(phrase);
                    ceiling = ceiling is null || level - 1 < ceiling ? level - 1 : ceiling;
                }
                else
                {
                    cues.Add(phrase);
                    votes[level] = votes.GetValueOrDefault(level) + 1;
                }
            }
        }

        var candidates = votes.Where(vote => ceiling is null || vote.Key <= ceiling).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var best = candidates.OrderByDescending(vote => vote.Value).ThenBy(vote => vote.Key).First().Key;
        return (best, new LevelFit(cues.ToImmutable(), ruledOut.ToImmutable()));
    }

    private static IEnumerable<List<string>> Clauses(string raw)
    {
        var clause = new List<string>();
        foreach (var piece in raw.Split(['.', ',', ';', '!', '?', ':', '(', ')', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var word in Tokenizer.Words(piece))
            {
                if (word is "but" or "although" or "though" or "however" && clause.Count > 0)
                {
                    yield return clause;
                    clause = [];
                }

                clause.Add(word);
            }

            if (clause.Count > 0)
            {
                yield return clause;
                clause = [];
            }
        }
    }
}
