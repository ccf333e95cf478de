using System.Collections.Immutable;

namespace ChatBot.Knowledge.Answers;

/// <summary>
/// A source as an answer shows it: its name in the framework's source list, the full title its citation chips
/// carry, the chip labels that point to it, and a URL only where one is certain.
/// </summary>
public sealed record SourceEntry(string Name, string? FullTitle, Uri? Url, ImmutableArray<string> Labels);
