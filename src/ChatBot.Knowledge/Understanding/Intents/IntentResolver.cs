using System.Collections.Immutable;
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

    /// <summary>A second request of another family is answered too when it scores this much, and this share of the first.</summary>
    private const double SecondRequest = 1.3;
    private const double SecondShare = 0.5;

    /// <summary>Families whose answers already hold what another request would add, or that never pair.</summary>
    private static readonly HashSet<string> NeverPaired = ["thanks", "help", "sources", "evidence", "ladder", "about"];

    public static (Question Question, Interpretation Interpretation) Resolve(Slots slots)
    {
        var candidates = IntentScorer.Rank(slots);
        Question? chosen = null;
        var chosenName = "";
        Candidate? first = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Score < Confident)
            {
                break;
            }

            if (first is null)
            {
                chosen = candidate.Row.Build(slots);
                if (chosen is not null)
                {
                    (first, chosenName) = (candidate, candidate.Row.Name);
                }

                continue;
            }

            // A second strong request of another family ("is this for control rooms like ours, and if so show me the entry level").
            // "which of those involve radios?" after a list, "which of the O*NET skills are about thinking?": that list only.
            var pointsBackAtAList = first.Value.Row.Family == "lists" && (slots.Mentions.List is not { Weight: > 0 } || (slots.Mentions.Has(Cue.Which) && !slots.NamesASection));

            // "the one about measuring the tools against KPIs": one statement pointed at is the whole answer.
            var pointedAtOne = first.Value.Row.Name == "search" && chosen is StatementQuestion;
            if (candidate.Score >= SecondRequest && candidate.Score >= SecondShare * first.Value.Score && candidate.Row.Family != first.Value.Row.Family
                && !pointsBackAtAList && !pointedAtOne && !IsScopeOfTheOther(first.Value.Row.Family, candidate.Row.Family)
                && !NeverPaired.Contains(candidate.Row.Family) && !NeverPaired.Contains(first.Value.Row.Family)
                && chosen is FrameworkQuestion main && candidate.Row.Build(slots) is FrameworkQuestion second && second.Key != main.Key)
            {
                chosen = new CombinedQuestion(slots.Framework, [main, second]);
                chosenName += "+" + candidate.Row.Name;
                break;
            }
        }

        var mentions = slots.Mentions;
        if (chosen is null)
        {
            // Retrieval only for a question evidently about the framework (it names the occupation, or continues a
            // conversation about it): an off-topic question that shares a word ("what's the weather like?") gets help.
            (chosen, chosenName) = !mentions.SearchTerms.IsEmpty && (slots.IsFollowUp || mentions.Occupation.Named) && HasFrameworkWord(mentions)
                ? ((Question)SearchQuestion.Find(mentions.Framework, mentions.SearchTerms), "retrieval")
                : (new HelpQuestion(HelpReason.NotUnderstood, SuggestionFinder.Suggest(mentions.Message.Words, mentions.Framework)), "not-understood");
        }

        if (NotHeldAsked(mentions) is { } missing && (chosen is LevelQuestion or ProgressionQuestion or CompareQuestion or SectionsQuestion or SearchQuestion
            or AiUsageQuestion or DomainQuestion or DomainListQuestion or SalaryQuestion or EducationQuestion or HelpQuestion { Reason: HelpReason.NotUnderstood }))
        {
            chosen = new PartialQuestion(slots.Framework, missing, Held(slots, missing, chosen));
        }

        return (chosen, new Interpretation(Describe(mentions), string.Join(", ", candidates.Take(4)), chosenName));
    }

    /// <summary>
    /// What the framework holds that helps with what it does not: for a move, the move; for an ad, a plan or interview
    /// questions, the level's own statements (the one named, else the conversation's); and the pay or education the
    /// article gives when those were asked for too.
    /// </summary>
    private static ImmutableArray<FrameworkQuestion> Held(Slots slots, NotHeld missing, Question chosen)
    {
        var held = new List<FrameworkQuestion>();
        var level = slots.Mentions.Fit?.Level ?? slots.NamedLevel ?? (slots.ContextApplies ? slots.Context.Level : null);
        if (missing == NotHeld.Duration && chosen is ProgressionQuestion or LevelQuestion or CompareQuestion)
        {
            held.Add((FrameworkQuestion)chosen);
        }
        else if (chosen is LevelQuestion or ProgressionQuestion or SectionsQuestion or CompareQuestion)
        {
            held.Add((FrameworkQuestion)chosen);
        }
        else if (level is { } known)
        {
            held.Add(new LevelQuestion(slots.Framework, known));
        }

        if (slots.Mentions.Has(Cue.Pay) || chosen is SalaryQuestion)
        {
            held.Add(new SalaryQuestion(slots.Framework, level));
        }

        if (slots.Mentions.Has(Cue.Education) || chosen is EducationQuestion)
        {
            held.Add(new EducationQuestion(slots.Framework));
        }

        return [.. held];
    }

    /// <summary>A look-up inside a section ("which AI statement is about ...") already holds that section: never both.</summary>
    private static bool IsScopeOfTheOther(string first, string second) =>
        (first, second) is ("lookup", "content") or ("content", "lookup");

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
