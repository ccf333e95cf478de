namespace ChatBot.SyntheticSeeds;

/// <summary>A citation chip as the page renders it: the short label and the source's full title.</summary>
/// <param name="Label">The chip label, e.g. "O*NET v30.2".</param>
/// <param name="SourceTitle">The full title behind the chip, e.g. "O*NET Resource Center — Occupational Information Network, v30.2 (Sept 2025)".</param>
public sealed record SyntheticCitation(string Label, string SourceTitle);
