using System.Collections.Immutable;
using ChatBot.Knowledge.Understanding.Mentions;

namespace ChatBot.Knowledge.Understanding.Intents;

/// <summary>
/// A row of the intent table: a kind of question, the cues that speak for it (and against it, with a negative
/// weight), the slots it cannot do without and those that make it likelier, and how its question is built.
/// <paramref name="StandsAlone"/>: only when the message asks about nothing else (a greeting, thanks).
/// </summary>
internal sealed record IntentRow(
    string Name,
    ImmutableArray<(Cue Cue, double Weight)> Cues,
    Slot Required,
    Slot Optional,
    Func<Slots, Question?> Build,
    bool StandsAlone = false)
{
    /// <summary>
    /// Rows of one family answer the same kind of need (a level's content; a look-up; a list); a message that asks two
    /// strong things of different families gets both answered.
    /// </summary>
    public string Family => Name switch
    {
        "level" or "progression" or "compare" or "follow-up" or "fit" or "sections" or "domain" or "domain-compare" or "ai" or "ai-compare" or "durable-skills" => "content",
        "statement" or "search" or "article" or "position" or "item" or "filter" => "lookup",
        "list" or "list-item" or "coverage" => "lists",
        _ => Name,
    };
}
