namespace ChatBot.Knowledge.Model;

/// <summary>One line of the evidence pack: "Augment share: 17%" has a label; a bare value ("Human-Technology Interaction") has none.</summary>
public sealed record EvidenceFact(string? Label, string Value);
