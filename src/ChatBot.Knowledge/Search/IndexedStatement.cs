using System.Collections.Frozen;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Search;

/// <summary>
/// A statement prepared once for matching: the stems of its title and of its whole text, and the title's
/// distinctive stems (without the occupation's own words: every dispatcher statement may say "dispatch").
/// </summary>
internal sealed record IndexedStatement(PlacedStatement Placed, string[] TitleStems, FrozenSet<string> TextStems, string SquashedTitle, string[] DistinctiveTitleStems);
