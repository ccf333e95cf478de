using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Answers;

/// <summary>
/// Joins a framework's source list with the citations its statements carry. URLs are only those that are
/// certain: the one the export gives, the O*NET OnLine page of the occupation's SOC code for the O*NET source, and
/// arXiv's page for an arXiv id in a full title. Nothing else is linked.
/// </summary>
internal static partial class SourceCatalog
{
    public static ImmutableArray<SourceEntry> All(OccupationFramework framework)
    {
        var citations = framework.AllStatements().SelectMany(statement => statement.Citations).Distinct().ToList();
        var entries = new List<SourceEntry>();
        foreach (var source in framework.Sources.IsDefaultOrEmpty ? framework.LevelSources : framework.Sources)
        {
            var cited = citations.Where(citation => source.Name.Contains(citation.Label, StringComparison.OrdinalIgnoreCase)).ToList();
            var fullTitle = cited.Select(citation => citation.SourceTitle).FirstOrDefault();
            var url = source.Url ?? framework.LevelSources.FirstOrDefault(level => level.Name == source.Name)?.Url ?? CertainUrl(framework, source.Name, fullTitle);
            entries.Add(new SourceEntry(source.Name, fullTitle, url, [.. cited.Select(citation => citation.Label).Distinct()]));
        }

        foreach (var orphan in citations.Where(citation => entries.All(entry => !entry.Labels.Contains(citation.Label))).DistinctBy(citation => citation.Label))
        {
            entries.Add(new SourceEntry(orphan.Label, orphan.SourceTitle, CertainUrl(framework, orphan.Label, orphan.SourceTitle), [orphan.Label]));
        }

        return [.. entries];
    }

    /// <summary>The sources behind the level statements (the export's list).</summary>
    public static ImmutableArray<SourceEntry> ForLevels(OccupationFramework framework, ImmutableArray<SourceEntry> all) => [.. framework.LevelSources.Select(level =>
            all.FirstOrDefault(entry => entry.Name == level.Name) ?? new SourceEntry(level.Name, null, level.Url ?? CertainUrl(framework, level.Name, null), []))];

    /// <summary>The sources the given statements cite, in source-list order.</summary>
    public static ImmutableArray<SourceEntry> Cited(ImmutableArray<SourceEntry> all, IEnumerable<Statement> statements)
    {
        var labels = statements.SelectMany(statement => statement.Citations).Select(citation => citation.Label).ToHashSet(StringComparer.Ordinal);
        return [.. all.Where(entry => entry.Labels.Any(labels.Contains))];
    }

    private static Uri? CertainUrl(OccupationFramework framework, string name, string? fullTitle)
    {
        var arxiv = ArxivId().Match(fullTitle ?? name);
        if (arxiv.Success)
        {
            return new Uri($"https://arxiv.org/abs/{arxiv.Groups["id"].Value}");
        }

        return name.Contains("O*NET", StringComparison.OrdinalIgnoreCase)
            ? new Uri($"https://www.onetonline.org/link/summary/{framework.Occupation.SocCode}")
            : null;
    }

    [GeneratedRegex(@"arXiv:(?<id>\d{4}\.\d{4,5}(?:v\d+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivId();
}
