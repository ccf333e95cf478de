using System.Collections.Frozen;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Search;

/// <summary>A statement prepared once for matching: the stems of its title and of its whole text.</summary>
internal sealed record IndexedStatement(PlacedStatement Placed, string[] TitleStems, FrozenSet<string> TextStems, string SquashedTitle);
