namespace ChatBot.SyntheticSeeds;

/// <summary>
/// The sources statements cite, as the page renders their chips. The first five are the real page's; the last two
/// vary the chips. Each label's words all appear in its full title and the label ends where a capital starts the title,
/// which is how the page parser tells a chip from the description before it.
/// </summary>
internal static class CitationSources
{
    public static readonly SyntheticCitation Aei = new("Anthropic Economic Index", "Anthropic Economic Index — release_2026_03_24");

    public static readonly SyntheticCitation Safi = new("Jadhav & Danve, 2026", "Skill Automation Feasibility Index — Jadhav & Danve, 2026 (arXiv:2604.06906)");

    public static readonly SyntheticCitation Wef = new("WEF Skills Taxonomy", "WEF Skills Taxonomy 2021 — Building a Common Language for Skills at Work");

    public static readonly SyntheticCitation Onet = new("O*NET v30.2", "O*NET Resource Center — Occupational Information Network, v30.2 (Sept 2025)");

    public static readonly SyntheticCitation Pathsmith = new("Pathsmith Durable Skills", "Pathsmith Durable Skills Framework — America Succeeds + CompTIA");

    public static readonly SyntheticCitation Bls = new("BLS OOH 2025", "Occupational Outlook Handbook (OOH) 2025 — U.S. Bureau of Labor Statistics (BLS)");

    public static readonly SyntheticCitation Esco = new("ESCO v1.2", "ESCO — European Skills, Competences, Qualifications and Occupations, v1.2");

    /// <summary>The page's closing source list, as the real page has it.</summary>
    public static readonly string[] BaseSourceList =
    [
        "O*NET v30.2 (CC BY 4.0)", "SkillsCrosswalk.com", "LER.me", "Anthropic Economic Index", "SAFI (Jadhav & Danve, 2026)",
        "WEF Skills Taxonomy 2021", "Pathsmith Durable Skills Framework",
    ];

    /// <summary>Source-list entries for the extra chips; each contains its chip's label, as the source catalog matches them.</summary>
    public static readonly (SyntheticCitation Chip, string Entry)[] ExtraSourceList =
    [
        (Bls, "BLS OOH 2025 (Occupational Outlook Handbook)"),
        (Esco, "ESCO v1.2"),
    ];

    public static readonly SyntheticCitation[] AiUsage = [Aei, Safi, Wef];

    public static readonly SyntheticCitation[] Domains = [Pathsmith, Onet];
}
