using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Understanding.Mentions;

namespace ChatBot.Knowledge.Understanding.Intents;

/// <summary>
/// Stage 4, resolve: builds the best-scoring intent's question with what the conversation supplies, says plainly
/// what the framework does not hold ("how long", "write the ad") beside what it does, and when no intent is
/// confident, stage 5: retrieval over the framework's text, or "not understood" with suggestions.
/// </summary>
internal static class IntentResolver
{
    /// <summary>Below this, no intent is confident enough to answer on its own.</summary>
    private const double Confident = 0.55;

    public static (Question Question, Interpretation Interpretation) Resolve(Slots slots)
    {
        var candidates = IntentScorer.Rank(slots);
        Question? chosen = null;
        var chosenName = "";
        foreach (var candidate in candidates)
        {
            if (candidate.Score < Confident)
            {
                break;
            }

            chosen = candidate.Row.Build(slots);
            if (chosen is not null)
            {
                chosenName = candidate.Row.Name;
                break;
            }
        }

        var mentions = slots.Mentions;
        if (chosen is null)
        {
            // Retrieval only for a question evidently about the framework (it names the occupation, or continues a
            // conversation about it): an off-topic question that shares a word ("what's the weather like?") gets help.
            (chosen, chosenName) = !mentions.SearchTerms.IsEmpty && (slots.IsFollowUp || mentions.Occupation.Named) && HasFrameworkWord(mentions)
                ? ((Question)new SearchQuestion(slots.Framework, mentions.SearchTerms), "retrieval")
                : (new HelpQuestion(HelpReason.NotUnderstood, SuggestionFinder.Suggest(mentions.Message.Words, mentions.Framework)), "not-understood");
        }

        if (NotHeldAsked(mentions) is { } missing && (chosen is LevelQuestion or ProgressionQuestion or CompareQuestion or SectionsQuestion or SearchQuestion
            or AiUsageQuestion or DomainQuestion or DomainListQuestion or HelpQuestion { Reason: HelpReason.NotUnderstood }))
        {
            // With nothing better to show ("help me write a job advert for one"), the level the conversation is at helps.
            var inner = chosen is FrameworkQuestion held and not SearchQuestion ? held
                : (slots.NamedLevel ?? (slots.ContextApplies ? slots.Context.Level : null)) is { } level ? new LevelQuestion(slots.Framework, level)
                : null;
            chosen = new PartialQuestion(slots.Framework, missing, inner);
        }

        return (chosen, new Interpretation(Describe(mentions), string.Join(", ", candidates.Take(4)), chosenName));
    }

    /// <summary>Whether a search term is a word the framework uses: an off-topic question shares none.</summary>
    private static bool HasFrameworkWord(MentionSet mentions) =>
        mentions.SearchTerms.Any(term => mentions.Framework.Idf(Text.Stemmer.Stem(term)) > 0);

    private static NotHeld? NotHeldAsked(MentionSet mentions) =>
        mentions.Has(Cue.Duration) ? NotHeld.Duration
        : mentions.Has(Cue.Interview) ? NotHeld.Interview
        : mentions.Cue(Cue.JobAd) >= 1 && !mentions.Has(Cue.Education) && mentions.Message.HasAny("write", "draft", "create", "compose", "produce", "help", "put", "writing", "drafting", "wording", "target", "ad", "advert", "list") ? NotHeld.JobAd
        : mentions.Cue(Cue.Training) >= 1 && !mentions.Has(Cue.Education) ? NotHeld.Training
        : null;

    private static string Describe(MentionSet mentions) =>
        string.Join(' ', mentions.Cues.Where(cue => cue.Value != 0).Select(cue => $"{cue.Key}={cue.Value:0.##}"))
        + $" levels=[{string.Join(',', mentions.Levels.Select(level => $"{level.Level?.ToString() ?? $"{level.Shift:+0;-0}"}/{level.Role}/{level.Weight:0.##}"))}]"
        + $" domains=[{string.Join(',', mentions.Domains.Select(domain => domain.Domain.Name))}]"
        + (mentions.Statement.IsEmpty ? "" : $" statement={mentions.Statement.Statements[0].Placed.Statement.Title}")
        + (mentions.SearchTerms.IsEmpty ? "" : $" terms={mentions.SearchTerms.Length}");
}
