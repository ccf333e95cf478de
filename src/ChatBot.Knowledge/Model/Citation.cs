namespace ChatBot.Knowledge.Model;

/// <summary>A source a statement cites: the chip label shown inline and the source's full title.</summary>
/// <param name="Label">The short chip label, e.g. "Jadhav &amp; Danve, 2026".</param>
/// <param name="SourceTitle">The full title behind the chip, e.g. "Skill Automation Feasibility Index — Jadhav &amp; Danve, 2026 (arXiv:2604.06906)".</param>
public sealed record Citation(string Label, string SourceTitle);
