using System.Collections.Frozen;

namespace ChatBot.Knowledge.Import;

/// <summary>Cuts a framework page into its template sections by their headings.</summary>
internal static class PageSectionSplitter
{
    public const string EvidenceHeading = "Evidence pack";
    public const string SourcesPrefix = "Sources:";

    private static readonly FrozenDictionary<string, PageSectionKind> ListHeadings =
        new Dictionary<string, PageSectionKind>(StringComparer.OrdinalIgnoreCase)
        {
            ["Related titles"] = PageSectionKind.RelatedTitles,
            ["RAPIDS apprenticeships"] = PageSectionKind.Apprenticeships,
            ["O*NET skills"] = PageSectionKind.Skills,
            ["Knowledge domains"] = PageSectionKind.KnowledgeDomains,
            ["Abilities"] = PageSectionKind.Abilities,
            ["Work styles"] = PageSectionKind.WorkStyles,
            ["Technology"] = PageSectionKind.Technology,
            ["CIP education codes"] = PageSectionKind.CipCodes,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<PageSection> Split(IReadOnlyList<string> lines)
    {
        var sections = new List<PageSection>();
        var kind = PageSectionKind.LevelsAndAiUsage;
        var heading = "";
        System.Text.RegularExpressions.Match? domainHeader = null;
        var body = new List<string>();

        foreach (var line in lines)
        {
            var next = Classify(line);
            if (next is null)
            {
                body.Add(line);
                continue;
            }

            sections.Add(new PageSection(kind, heading, domainHeader, body));
            (kind, domainHeader) = next.Value;
            heading = line.Trim();
            body = kind == PageSectionKind.Sources ? [line] : [];
        }

        sections.Add(new PageSection(kind, heading, domainHeader, body));
        return sections;
    }

    private static (PageSectionKind Kind, System.Text.RegularExpressions.Match? DomainHeader)? Classify(string line)
    {
        if (line.Length == 0 || char.IsWhiteSpace(line[0]))
        {
            return null;
        }

        var trimmed = line.Trim();
        if (trimmed.Equals(EvidenceHeading, StringComparison.OrdinalIgnoreCase))
        {
            return (PageSectionKind.EvidencePack, null);
        }

        if (ListHeadings.TryGetValue(trimmed, out var listKind))
        {
            return (listKind, null);
        }

        if (trimmed.StartsWith("Tasks", StringComparison.OrdinalIgnoreCase) &&
            (trimmed.Length == 5 || !char.IsLetter(trimmed[5])))
        {
            return (PageSectionKind.Tasks, null);
        }

        if (trimmed.StartsWith(SourcesPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return (PageSectionKind.Sources, null);
        }

        var domain = PagePatterns.DomainHeader().Match(trimmed);
        return domain.Success ? (PageSectionKind.Domain, domain) : null;
    }
}
