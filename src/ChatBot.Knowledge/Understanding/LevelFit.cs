using System.Collections.Immutable;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// Why a described person fits a level: the experience cues found, the cues ruled out ("not yet ... multi-zone"),
/// and the level's statements the description is closest to.
/// </summary>
public sealed record LevelFit(ImmutableArray<string> Cues, ImmutableArray<string> RuledOut)
{
    /// <summary>Titles of the statements at the level that say most nearly what the description says.</summary>
    public ImmutableArray<string> Closest { get; init; } = [];
}
