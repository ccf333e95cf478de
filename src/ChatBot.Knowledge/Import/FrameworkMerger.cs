using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Import;

/// <summary>
/// Merges the JSON export and the page of one occupation (same SOC code). The export is authoritative for the
/// occupation and the level statements; the page adds role labels and every section the export lacks.
/// Disagreements are recorded, never silently resolved.
/// </summary>
internal static class FrameworkMerger
{
    public static OccupationFramework Merge(FrameworkExport? export, FrameworkPage? page, ImportWarnings warnings)
    {
        if (export is null && page is null)
        {
            throw new ArgumentException("At least one document is needed.", nameof(export));
        }

        if (export is not null && page is not null)
        {
            CompareHeader(export, page, warnings);
        }

        var occupation = MergeOccupation(export?.Occupation, page?.Occupation);
        var levels = export is null ? PageOnlyLevels(page!, warnings) : MergeLevels(export, page, warnings);
        return new OccupationFramework
        {
            Occupation = occupation,
            Version = export?.Version ?? page?.Version,
            ExportedAt = export?.ExportedAt,
            Description = export?.Description,
            ContextCovered = export?.ContextCovered ?? page?.ContextCovered,
            Levels = levels,
            LevelSources = export is null ? page!.Sources : LevelSources(export, page),
            AiUsage = page?.AiUsage ?? [],
            EvidencePack = page?.EvidencePack ?? [],
            Domains = page?.Domains ?? [],
            Onet = page?.Onet ?? OnetProfile.Empty,
            Sources = page?.Sources ?? LevelSources(export!, null),
            Attribution = page?.Attribution ?? export?.Attribution,
            SourceFiles = [.. new[] { export?.FileName, page?.FileName }.OfType<string>()],
        };
    }

    private static OccupationProfile MergeOccupation(OccupationProfile? fromExport, OccupationProfile? fromPage) =>
        fromExport is null
            ? fromPage!
            : fromExport with
            {
                JobZone = fromExport.JobZone ?? fromPage?.JobZone,
                JobZoneLabel = fromExport.JobZoneLabel ?? fromPage?.JobZoneLabel,
            };

    private static void CompareHeader(FrameworkExport export, FrameworkPage page, ImportWarnings warnings)
    {
        Compare("occupation title", export.Occupation.Title, page.Occupation.Title);
        Compare("job zone", export.Occupation.JobZone?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            page.Occupation.JobZone?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Compare("framework version", export.Version, page.Version);
        Compare("context covered", export.ContextCovered, page.ContextCovered);

        void Compare(string what, string? exported, string? shown)
        {
            if (exported is not null && shown is not null && !string.Equals(exported, shown, StringComparison.Ordinal))
            {
                warnings.Add($"{what} differs: export {export.FileName} says '{LevelBlockReader.Shorten(exported)}', page {page.FileName} says '{LevelBlockReader.Shorten(shown)}'; the export's is kept");
            }
        }
    }

    private static ImmutableArray<RoleLevel> MergeLevels(FrameworkExport export, FrameworkPage? page, ImportWarnings warnings)
    {
        return [.. export.Levels.Select(level =>
        {
            var shown = page?.Levels.FirstOrDefault(candidate => candidate.Level == level.Level);
            if (page is not null && shown is null)
            {
                warnings.Add($"level {level.Name}: the page {page.FileName} does not show it; no role label");
            }
            else if (shown is not null)
            {
                CompareStatements(level, shown, warnings);
            }

            return level with { RoleLabel = shown?.RoleLabel };
        })];
    }

    /// <summary>The page shows "Titledescription" glued; it should equal the export's title and description joined.</summary>
    private static void CompareStatements(RoleLevel exported, RoleLevel shown, ImportWarnings warnings)
    {
        if (exported.Statements.Length != shown.Statements.Length)
        {
            warnings.Add($"level {exported.Name}: the export has {exported.Statements.Length} statements, the page {shown.Statements.Length}; the export's are kept");
        }

        foreach (var (fromExport, fromPage) in exported.Statements.Zip(shown.Statements))
        {
            var glued = (fromExport.Title ?? "") + fromExport.Description;
            var pageText = (fromPage.Title is null ? "" : fromPage.Title + StatementTextParser.TitleSeparator.Trim()) + fromPage.Description;
            if (!Squash(glued).Equals(Squash(pageText), StringComparison.Ordinal))
            {
                warnings.Add($"level {exported.Name} statement {fromExport.Position} '{fromExport.Title}': the page's text differs from the export's; the export's is kept");
            }
        }
    }

    private static string Squash(string text) =>
        string.Concat(text.Where(character => !char.IsWhiteSpace(character) && character != '—'));

    private static ImmutableArray<RoleLevel> PageOnlyLevels(FrameworkPage page, ImportWarnings warnings)
    {
        if (page.Levels.SelectMany(level => level.Statements).Any(statement => statement.Title is null))
        {
            warnings.Add("no JSON export for this occupation: the page glues level statement titles to their descriptions, so those statements have no separate title");
        }

        return page.Levels;
    }

    /// <summary>
    /// The export names the sources behind the level statements ("onet" → "v30.2 (CC BY 4.0)"); the page's source
    /// list gives them their display names ("O*NET v30.2 (CC BY 4.0)"). A URL is kept only where the export gives one.
    /// </summary>
    private static ImmutableArray<SourceReference> LevelSources(FrameworkExport export, FrameworkPage? page) =>
        [.. export.Sources.Select(pair =>
        {
            var url = Uri.TryCreate(pair.Value, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" ? parsed : null;
            var needle = url is null ? pair.Value : url.Host.Replace("www.", "", StringComparison.OrdinalIgnoreCase);
            var named = page?.Sources.FirstOrDefault(source => source.Name.Contains(needle, StringComparison.OrdinalIgnoreCase));
            return new SourceReference(named?.Name ?? (url is null ? $"{pair.Key}: {pair.Value}" : needle), url);
        })];
}
