using System.Collections.Immutable;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Understanding.Messages;

namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>
/// Stage 2's result: everything a message names, each with where it stands and how much it counts, and the cues
/// that signal what is asked. The intent table scores these; nothing here decides what the question is.
/// </summary>
internal sealed class MentionSet
{
    public required Message Message { get; init; }

    public required FrameworkIndex Framework { get; init; }

    public required OccupationResolution Occupation { get; init; }

    /// <summary>Per cue, how much it counts: the best weight of its hits (negative when it is only negated).</summary>
    public required IReadOnlyDictionary<Cue, double> Cues { get; init; }

    public required IReadOnlyList<LevelMention> Levels { get; init; }

    public required IReadOnlyList<(SkillDomain Domain, int Position, double Weight)> Domains { get; init; }

    public required StatementMatch Statement { get; init; }

    /// <summary>The O*NET list named, if any, with how much it counts.</summary>
    public (OnetList List, double Weight)? List { get; init; }

    /// <summary>Every O*NET list named and not negated, in order.</summary>
    public ImmutableArray<OnetList> Lists { get; init; } = [];

    /// <summary>Words left for an item check on a list ("is GIS one of the technologies?" → "gis").</summary>
    public ImmutableArray<string> ItemWords { get; init; } = [];

    /// <summary>The evidence fact named ("time saved"), by its label on the page.</summary>
    public string? EvidenceFact { get; init; }

    public (ProficiencyLevel Level, LevelFit Fit)? Fit { get; init; }

    /// <summary>An item of the previous answer by its position (1-based, -1 for the last).</summary>
    public int? ItemPosition { get; init; }

    /// <summary>A source the message names ("Pathsmith"), to filter by.</summary>
    public SourceEntry? SourceNamed { get; init; }

    /// <summary>Whether the source named is one to leave out ("which don't cite WEF?", "no O*NET").</summary>
    public bool SourceExcluded { get; init; }

    /// <summary>"what's in between?": the levels between the two the conversation holds, none named here.</summary>
    public bool AsksBetween { get; init; }

    /// <summary>What is left to look up once routing words, levels, domains and the occupation are taken out.</summary>
    public ImmutableArray<string> SearchTerms { get; init; } = [];

    /// <summary>Work the framework's boundary is about ("911", "ambulance"), as named.</summary>
    public ImmutableArray<string> ScopeTerms { get; init; } = [];

    public double Cue(Cue cue) => Cues.TryGetValue(cue, out var weight) ? weight : 0;

    public bool Has(Cue cue) => Cue(cue) > 0;

    /// <summary>
    /// The levels asked about, the speaker's own and another person's left out, each once: those where the message
    /// asks before those in its background, then in order. A relative one ("that level", "the next one") counts from
    /// the speaker's level, else the nearest level named before it, else the conversation's.
    /// </summary>
    public List<ProficiencyLevel> AskedLevels(ProficiencyLevel? contextLevel)
    {
        var found = new List<(ProficiencyLevel Level, double Weight, int Position)>(2);
        var resolved = new List<(ProficiencyLevel Level, int Position)>();
        foreach (var mention in Levels)
        {
            if (mention.Weight <= 0 || mention.Role is not (LevelRole.Subject or LevelRole.Target or LevelRole.Origin))
            {
                continue;
            }

            if (mention.Resolve(Anchor(mention, resolved.Count > 0 ? resolved[^1].Level : null, contextLevel)) is { } level)
            {
                resolved.Add((level, mention.Position));

                // "currently at Emerging ... what's the next level?": the step is what is asked, its anchor only where it starts.
                var weight = mention.Weight + (mention.IsRelative && mention.Shift != 0 ? 0.01 : 0);
                var at = found.FindIndex(entry => entry.Level == level);
                if (at < 0)
                {
                    found.Add((level, weight, mention.Position));
                }
                else if (weight > found[at].Weight)
                {
                    // A level named in the background and again where the message asks counts as asked.
                    found[at] = (level, weight, found[at].Position);
                }
            }
        }

        return [.. found.OrderByDescending(entry => entry.Weight).ThenBy(entry => entry.Position).Select(entry => entry.Level)];
    }

    /// <summary>
    /// What a relative mention counts from: "her level" is the other person's; "that level" the level last named
    /// (<paramref name="lastResolved"/>); a step ("the next one") the speaker's level first, then the nearest level
    /// named before it, then the conversation's.
    /// </summary>
    public ProficiencyLevel? Anchor(LevelMention mention, ProficiencyLevel? lastResolved, ProficiencyLevel? contextLevel)
    {
        var possessive = Message.Words[mention.Position] is "her" or "his" or "their";
        return mention.Shift == 0 && possessive && SpeakerLevel is not null && Levels.LastOrDefault(other => other.Role == LevelRole.OtherPerson && other.Position < mention.Position)?.Level is { } theirs ? theirs
            : StepsFromOtherPerson(mention, contextLevel) && OtherPersonLevel is { } others ? others
            : mention.Shift == 0 && lastResolved is not null ? lastResolved
            : SpeakerLevel ?? Levels.LastOrDefault(earlier => earlier.Position < mention.Position && !earlier.IsRelative && earlier.Role != LevelRole.OtherPerson)?.Level ?? contextLevel;
    }

    /// <summary>
    /// "the level above him", or a step with nothing else to count from ("Kofi is at Developing ... the next rung"):
    /// another person's level is where it starts.
    /// </summary>
    private bool StepsFromOtherPerson(LevelMention mention, ProficiencyLevel? contextLevel) =>
        mention.FromOtherPerson || (mention.IsRelative && SpeakerLevel is null && contextLevel is null
            && !Levels.Any(earlier => earlier.Position < mention.Position && !earlier.IsRelative && earlier.Role != LevelRole.OtherPerson));

    /// <summary>The level of another person the message describes ("Kofi is at Developing"), if it names one.</summary>
    public ProficiencyLevel? OtherPersonLevel => Levels.FirstOrDefault(mention => mention.Role == LevelRole.OtherPerson && mention.Weight > 0 && !mention.IsRelative)?.Level;

    /// <summary>The speaker's own level ("I'm mid-level"), if they say it.</summary>
    public ProficiencyLevel? SpeakerLevel => Levels.FirstOrDefault(mention => mention.Role == LevelRole.Speaker && mention.Weight > 0)?.Level;
}
