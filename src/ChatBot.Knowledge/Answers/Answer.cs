using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Answers;

/// <summary>A channel-neutral answer; the host turns it into a card and a plain-text fallback.</summary>
public abstract record Answer;

/// <summary>One level of one framework: its statements in order and the sources behind them.</summary>
public sealed record LevelAnswer(OccupationFramework Framework, RoleLevel Level, ImmutableArray<SourceReference> Sources) : Answer;

/// <summary>What the bot covers, with the occupations it holds, and why it is shown.</summary>
public sealed record HelpAnswer(ImmutableArray<OccupationProfile> Occupations, HelpReason Reason) : Answer;
