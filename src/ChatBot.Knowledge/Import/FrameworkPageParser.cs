using System.Collections.Immutable;
using System.Globalization;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Import;

/// <summary>
/// Reads a framework's web page saved as text: the occupation header, role levels, AI usage per level, the
/// evidence pack, the durable-skill domains, the O*NET lists and the source list. Imports what the page lists
/// and records, as warnings, what does not add up.
/// </summary>
internal static class FrameworkPageParser
{
    public const string ContextPrefix = "Context covered";

    /// <summary>True when the text carries the framework page's occupation header.</summary>
    public static bool LooksLikePage(IEnumerable<string> lines) =>
        lines.Any(line => PagePatterns.OccupationHeader().IsMatch(line.Trim()) ||
                          line.StartsWith(ContextPrefix, StringComparison.Ordinal));

    public static FrameworkPage Parse(string fileName, IReadOnlyList<string> lines, ImportWarnings warnings)
    {
        var headerIndex = FindHeader(lines);
        var header = PagePatterns.OccupationHeader().Match(lines[headerIndex].Trim());
        var title = lines.Take(headerIndex).LastOrDefault(line => !string.IsNullOrWhiteSpace(line))?.Trim()
                    ?? throw new SeedFormatException("no occupation title above the SOC header line");
        var lastLine = lines.LastOrDefault(line => !string.IsNullOrWhiteSpace(line))?.Trim() ?? "";
        if (!lastLine.StartsWith(PageSectionSplitter.SourcesPrefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new SeedFormatException(
                $"truncated page: it ends before the closing 'Sources:' line (last line: '{LevelBlockReader.Shorten(lastLine)}')");
        }

        var sections = PageSectionSplitter.Split([.. lines.Skip(headerIndex + 1)]);
        var start = sections[0];
        var (levels, aiUsage) = ReadLevelsAndAiUsage(start.Lines, warnings);
        if (levels.IsEmpty)
        {
            throw new SeedFormatException("truncated page: no role levels found after the SOC header");
        }

        var onet = OnetProfile.Empty;
        foreach (var section in sections.Skip(1))
        {
            onet = ReadListSection(section, onet, warnings);
        }

        var sourcesLine = sections.LastOrDefault(section => section.Kind == PageSectionKind.Sources)?.Lines[0] ?? "";
        var (sources, attribution) = SourceListParser.Parse(sourcesLine);
        return new FrameworkPage
        {
            FileName = fileName,
            Occupation = new OccupationProfile
            {
                SocCode = header.Groups["soc"].Value,
                Title = title,
                JobZone = int.Parse(header.Groups["zone"].Value, CultureInfo.InvariantCulture),
                JobZoneLabel = NullIfBlank(header.Groups["label"].Value),
            },
            Version = NullIfBlank(header.Groups["version"].Value),
            ContextCovered = start.Lines
                .Select(line => line.Trim())
                .FirstOrDefault(line => line.StartsWith(ContextPrefix, StringComparison.Ordinal))?[ContextPrefix.Length..].Trim(),
            Levels = levels,
            AiUsage = aiUsage,
            EvidencePack = EvidencePackParser.Parse(sections.Where(section => section.Kind == PageSectionKind.EvidencePack).SelectMany(section => section.Lines)),
            Domains = [.. sections.Where(section => section.Kind == PageSectionKind.Domain).Select(section => ReadDomain(section, warnings))],
            Onet = onet,
            Sources = sources,
            Attribution = attribution,
        };
    }

    private static int FindHeader(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (PagePatterns.OccupationHeader().IsMatch(lines[i].Trim()))
            {
                return i;
            }
        }

        throw new SeedFormatException("not a framework page: no 'SOC <code>Job Zone <n> · ...' header line");
    }

    /// <summary>
    /// The page lists the role levels (each with a role label), then a blurb, then the AI-usage levels. A level
    /// that does not climb the ladder starts the next list, so the split needs no wording of the blurbs.
    /// </summary>
    private static (ImmutableArray<RoleLevel> Levels, ImmutableArray<StatementGroup> AiUsage) ReadLevelsAndAiUsage(
        IReadOnlyList<string> lines, ImportWarnings warnings)
    {
        var blocks = LevelBlockReader.Read(lines, LevelNames.TryParseRoleLevel, "levels", warnings);
        var lists = new List<List<LevelBlock>>();
        foreach (var block in blocks)
        {
            if (lists.Count == 0 || block.Level <= lists[^1][^1].Level)
            {
                lists.Add([]);
            }

            lists[^1].Add(block);
        }

        if (lists.Count > 2)
        {
            warnings.Add($"the page has {lists.Count} level lists before the evidence pack; only the first two (role levels, AI usage) are imported");
        }

        var levels = lists.Count == 0 ? [] : lists[0].Select(block => new RoleLevel
        {
            Level = block.Level,
            Name = block.Name,
            RoleLabel = block.RoleLabel,
            Statements = [.. block.Items.Select(ToGluedStatement)],
        }).ToImmutableArray();

        var aiUsage = lists.Count < 2 ? [] : lists[1].Select(block => new StatementGroup
        {
            Level = block.Level,
            LevelName = block.Name,
            Statements = ParseStatements(block.Items, $"AI usage {block.Name}", warnings),
        }).ToImmutableArray();
        if (aiUsage.IsEmpty)
        {
            warnings.Add("the page lists no AI-usage statements");
        }

        return (levels, aiUsage);
    }

    /// <summary>The page glues a role-level statement's title to its description; only a real separator splits it.</summary>
    private static Statement ToGluedStatement(NumberedItem item)
    {
        var (title, description) = StatementTextParser.SplitTitle(item.Text);
        return new Statement { Position = item.Number, Title = title, Description = description };
    }

    private static SkillDomain ReadDomain(PageSection section, ImportWarnings warnings)
    {
        var header = section.DomainHeader!;
        var name = header.Groups["name"].Value.Trim();
        var declared = int.Parse(header.Groups["count"].Value, CultureInfo.InvariantCulture);
        var where = $"domain '{name}'";
        var groups = LevelBlockReader.Read(section.Lines, LevelNames.TryParseDomainLevel, where, warnings)
            .Select(block => new StatementGroup
            {
                Level = block.Level,
                LevelName = block.Name,
                Statements = ParseStatements(block.Items, $"{where} {block.Name}", warnings),
            })
            .ToImmutableArray();

        var domain = new SkillDomain
        {
            Number = int.Parse(header.Groups["number"].Value, CultureInfo.InvariantCulture),
            Name = name,
            DeclaredStatementCount = declared,
            Groups = groups,
        };
        if (domain.StatementCount != declared)
        {
            warnings.Add($"{where}: the header says {declared} statements but the page lists {domain.StatementCount}; imported the {domain.StatementCount} listed");
        }

        return domain;
    }

    private static ImmutableArray<Statement> ParseStatements(IEnumerable<NumberedItem> items, string where, ImportWarnings warnings) =>
        [.. items.Select(item =>
        {
            var statement = StatementTextParser.Parse(item.Number, item.Text, $"{where} {item.Number}", warnings);
            if (statement.Citations.IsEmpty)
            {
                warnings.Add($"{where} {item.Number} '{statement.Title ?? LevelBlockReader.Shorten(statement.Description)}' cites no source; kept without citations");
            }

            return statement;
        })];

    private static OnetProfile ReadListSection(PageSection section, OnetProfile onet, ImportWarnings warnings)
    {
        var content = section.Lines.Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line.Trim()).ToList();
        return section.Kind switch
        {
            PageSectionKind.RelatedTitles => onet with
            {
                RelatedTitles = [.. content.SelectMany(line => line.Split('·', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))],
            },
            PageSectionKind.Skills => onet with { Skills = GluedItems(content) },
            PageSectionKind.KnowledgeDomains => onet with { KnowledgeDomains = GluedItems(content) },
            PageSectionKind.Abilities => onet with { Abilities = GluedItems(content) },
            PageSectionKind.WorkStyles => onet with { WorkStyles = GluedItems(content) },
            PageSectionKind.Technology => onet with { Technology = GluedItems(content) },
            PageSectionKind.Tasks => onet with { Tasks = ReadTasks(section.Lines, warnings) },
            PageSectionKind.CipCodes => onet with
            {
                CipCodes = [.. content.SelectMany(line => PagePatterns.CipCode().Matches(line)).Select(match => match.Value)],
            },
            PageSectionKind.Apprenticeships when content.Count > 0 => Warn(onet, warnings, $"section '{section.Heading}' has content this build does not import"),
            _ => onet,
        };
    }

    private static ImmutableArray<string> ReadTasks(IReadOnlyList<string> lines, ImportWarnings warnings)
    {
        var items = lines
            .Select(line => PagePatterns.NumberedItem().Match(line))
            .Where(match => match.Success)
            .Select(match => new NumberedItem(int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture), match.Groups["text"].Value.Trim()))
            .ToList();
        LevelBlockReader.CheckNumbering(items, "tasks", warnings);
        return [.. items.Select(item => item.Text)];
    }

    private static ImmutableArray<string> GluedItems(IEnumerable<string> lines) => [.. lines.SelectMany(GluedText.SplitList)];

    private static OnetProfile Warn(OnetProfile onet, ImportWarnings warnings, string message)
    {
        warnings.Add(message);
        return onet;
    }

    private static string? NullIfBlank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
