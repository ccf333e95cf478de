using System.Collections.Frozen;

namespace ChatBot.Knowledge.Search;

/// <summary>A question the bot can suggest, with the letter trigrams it is compared by.</summary>
internal sealed record Suggestion(string Question, FrozenSet<string> Trigrams);
