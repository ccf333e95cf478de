using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Answers;

/// <summary>A passage quoted from a reference document, with the heading it sits under.</summary>
public sealed record ReferencePassage(ReferenceDocument Document, string? Heading, string Text);
