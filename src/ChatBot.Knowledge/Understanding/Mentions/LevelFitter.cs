using System.Collections.Immutable;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Text;
using ChatBot.Knowledge.Understanding.Messages;

namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>
/// Places a described person on the ladder. Two kinds of evidence: how close the description is to each level's own
/// statements (BM25 over the framework's text: "enters pre-assigned route data while her trainer watches" is the
/// Emerging statement that says so), and experience cues ("first year", "on their own", "sets strategy"). A cue in a
/// negated clause rules its level (and those above) out, and negated words never count as description.
/// </summary>
internal static class LevelFitter
{
    /// <summary>How much a level's closest statements must score before the description is taken to point at it.</summary>
    private const double SimilarityFloor = 4.0;

    /// <summary>What one experience cue adds to a level, against the similarity of the level's best statements.</summary>
    private const double CueWeight = 0.35;

    public static (ProficiencyLevel Level, LevelFit Fit)? Fit(Message message, FrameworkIndex framework, bool[] routing)
    {
        var (votes, cues, ruledOut, ceiling) = CueVotes(message.Raw);
        var (similarity, closest) = Similarity(message, framework, routing);
        var best = similarity.Values.DefaultIfEmpty().Max();
        var scores = new Dictionary<ProficiencyLevel, double>();
        foreach (var level in Enum.GetValues<ProficiencyLevel>())
        {
            if (ceiling is { } highest && level > highest)
            {
                continue;
            }

            var similar = best >= SimilarityFloor ? similarity.GetValueOrDefault(level) / best : 0;
            var score = similar + (CueWeight * votes.GetValueOrDefault(level));
            if (score > 0)
            {
                scores[level] = score;
            }
        }

        if (scores.Count == 0)
        {
            return null;
        }

        var chosen = scores.OrderByDescending(score => score.Value).ThenBy(score => score.Key).First().Key;
        return (chosen, new LevelFit(cues, ruledOut) { Closest = closest.GetValueOrDefault(chosen, []) });
    }

    /// <summary>
    /// Per level, how closely the description's words match its statements: the two best role-level statements, and
    /// half of the two best of its AI-use and durable-skill statements.
    /// </summary>
    private static (Dictionary<ProficiencyLevel, double> Scores, Dictionary<ProficiencyLevel, ImmutableArray<string>> Closest) Similarity(Message message, FrameworkIndex framework, bool[] routing)
    {
        var bm25 = framework.Bm25;
        var scores = new double[bm25.Count];
        var stems = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < message.Count; i++)
        {
            if (!message.Negated[i] && !routing[i] && !StopWords.All.Contains(message.Words[i]) && !framework.TitleStems.Contains(message.Stems[i]) && stems.Add(message.Stems[i]))
            {
                foreach (var (document, score) in bm25.Score(message.Stems[i]))
                {
                    scores[document] += score;
                }
            }
        }

        var byLevel = new Dictionary<ProficiencyLevel, double>();
        var closest = new Dictionary<ProficiencyLevel, ImmutableArray<string>>();
        foreach (var group in Enumerable.Range(0, bm25.Count)
                     .Where(document => scores[document] > 0 && bm25.Documents[document].Source is PlacedStatement)
                     .Select(document => (Placed: (PlacedStatement)bm25.Documents[document].Source, Score: scores[document]))
                     .GroupBy(entry => entry.Placed.Place.Level))
        {
            var own = group.Where(entry => entry.Placed.Place.Section == StatementSection.RoleLevel).OrderByDescending(entry => entry.Score).Take(2).ToList();
            var other = group.Where(entry => entry.Placed.Place.Section != StatementSection.RoleLevel).OrderByDescending(entry => entry.Score).Take(2);
            byLevel[group.Key] = own.Sum(entry => entry.Score) + (0.5 * other.Sum(entry => entry.Score));
            closest[group.Key] = [.. own.Select(entry => entry.Placed.Statement.Title ?? entry.Placed.Statement.Description)];
        }

        return (byLevel, closest);
    }

    /// <summary>Experience cues vote for their level; a negated one rules its level and those above out.</summary>
    private static (Dictionary<ProficiencyLevel, int> Votes, ImmutableArray<string> Cues, ImmutableArray<string> RuledOut, ProficiencyLevel? Ceiling) CueVotes(string raw)
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
            foreach (var (phrase, padded, level) in PaddedCues)
            {
                if (!text.Contains(padded, StringComparison.Ordinal))
                {
                    continue;
                }

                // "no dispatch experience" carries its own negation: it is the cue, not a cue ruled out.
                if (negated && !Lexicon.Negations.Contains(phrase.Split(' ')[0]))
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

        return (votes, cues.ToImmutable(), ruledOut.ToImmutable(), ceiling);
    }

    /// <summary>The fit cues with a space either side, so a clause is searched for whole words without building each phrase again.</summary>
    private static readonly (string Phrase, string Padded, ProficiencyLevel Level)[] PaddedCues =
        [.. Lexicon.FitCues.Select(cue => (cue.Phrase, $" {cue.Phrase} ", cue.Level))];

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
