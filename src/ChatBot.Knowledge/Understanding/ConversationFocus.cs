using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>What the previous answer was about, so "show the sources for that" knows what "that" is.</summary>
public sealed record ConversationFocus(FocusKind Kind, ProficiencyLevel? Level, string? DomainName);
