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
    bool StandsAlone = false);
