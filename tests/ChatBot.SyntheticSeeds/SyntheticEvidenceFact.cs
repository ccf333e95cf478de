namespace ChatBot.SyntheticSeeds;

/// <summary>One line of an evidence-pack block: "Label: value", or a bare value (Label null).</summary>
public sealed record SyntheticEvidenceFact(string? Label, string Value);
