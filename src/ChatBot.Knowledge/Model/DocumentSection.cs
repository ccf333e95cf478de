using System.Collections.Immutable;

namespace ChatBot.Knowledge.Model;

/// <summary>A run of paragraphs of a reference document under one heading (null for the untitled ones).</summary>
public sealed record DocumentSection(string? Heading, ImmutableArray<string> Paragraphs);
