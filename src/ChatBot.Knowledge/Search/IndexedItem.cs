using System.Collections.Frozen;

namespace ChatBot.Knowledge.Search;

/// <summary>A list item prepared for matching, with its acronym ("Geographic information system" → "gis").</summary>
internal sealed record IndexedItem(string Text, FrozenSet<string> Stems, string Acronym, string Squashed);
