using System.Collections.Immutable;

namespace ChatBot.Knowledge.Understanding;

/// <summary>Why a described person fits a level: the cues found, and the cues ruled out ("not yet ... multi-zone").</summary>
public sealed record LevelFit(ImmutableArray<string> Cues, ImmutableArray<string> RuledOut);
