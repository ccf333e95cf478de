using ChatBot.Knowledge.Understanding.Mentions;

namespace ChatBot.Knowledge.Understanding.Intents;

/// <summary>
/// Stage 3, score intents: every row of the intent table whose slots can be filled, scored by its weighted cues, best
/// first. Cues count by where they stand (asking, background, negated), so the result is a ranking, not a first match.
/// </summary>
internal static class IntentScorer
{
    /// <summary>What an optional slot that is filled adds to a row's score.</summary>
    private const double OptionalSlotBonus = 0.2;

    /// <summary>Cues that say nothing about what is asked: a greeting or thanks with only these stands alone.</summary>
    private static readonly HashSet<Cue> Conversational =
        [Cue.Greeting, Cue.Thanks, Cue.Help, Cue.FollowUp, Cue.Reference, Cue.YesNo, Cue.Explain, Cue.Expect, Cue.Terms, Cue.Search, Cue.Compare, Cue.Count, Cue.Progression, Cue.Next, Cue.Fit];

    public static List<Candidate> Rank(Slots slots)
    {
        var mentions = slots.Mentions;
        var asksSomething = mentions.Cues.Any(cue => cue.Value > 0 && !Conversational.Contains(cue.Key));
        var candidates = new List<Candidate>();
        foreach (var row in IntentTable.Rows)
        {
            if ((row.StandsAlone && asksSomething) || !Fills(slots, row.Required))
            {
                continue;
            }

            var score = 0.0;
            foreach (var (cue, weight) in row.Cues)
            {
                score += weight * slots.Weigh(cue);
            }

            foreach (var slot in Enum.GetValues<Slot>())
            {
                if (slot != Slot.None && row.Optional.HasFlag(slot) && Fills(slots, slot))
                {
                    score += OptionalSlotBonus;
                }
            }

            if (score > 0)
            {
                candidates.Add(new Candidate(row, score));
            }
        }

        // A stable sort: between equal scores the row earlier in the table wins.
        return [.. candidates.OrderByDescending(candidate => candidate.Score)];
    }

    private static bool Fills(Slots slots, Slot required)
    {
        var mentions = slots.Mentions;
        return (!required.HasFlag(Slot.Level) || slots.Level is not null)
            && (!required.HasFlag(Slot.Pair) || slots.Pair is not null)
            && (!required.HasFlag(Slot.Move) || slots.Move is not null)
            && (!required.HasFlag(Slot.Domain) || slots.Domain is not null)
            && (!required.HasFlag(Slot.Statement) || !mentions.Statement.IsEmpty)
            && (!required.HasFlag(Slot.List) || slots.List is not null)
            && (!required.HasFlag(Slot.Item) || !mentions.ItemWords.IsEmpty)
            && (!required.HasFlag(Slot.RelatedTitle) || mentions.Occupation.RelatedTitle is not null)
            && (!required.HasFlag(Slot.Fit) || mentions.Fit is not null)
            && (!required.HasFlag(Slot.Terms) || !mentions.SearchTerms.IsEmpty)
            && (!required.HasFlag(Slot.PreviousItems) || !slots.PreviousItems.IsEmpty)
            && (!required.HasFlag(Slot.Position) || mentions.ItemPosition is not null)
            && (!required.HasFlag(Slot.Continuation) || slots.IsFollowUp);
    }
}
