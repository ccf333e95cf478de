using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Import;

/// <summary>
/// Reads the evidence pack: titled blocks of "Label: value" lines, where a block may also hold bare values
/// ("Human-Technology Interaction"). A bare line starts a new block unless the current block has no labelled
/// fact yet, which is how the WEF cluster's name and id stay under "WEF cluster".
/// </summary>
internal static class EvidencePackParser
{
    public static ImmutableArray<EvidenceGroup> Parse(IEnumerable<string> lines)
    {
        var groups = new List<(string Name, List<EvidenceFact> Facts)>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || IsProse(line))
            {
                continue;
            }

            var fact = PagePatterns.LabelledFact().Match(line);
            if (fact.Success && groups.Count > 0)
            {
                groups[^1].Facts.Add(new EvidenceFact(fact.Groups["label"].Value.Trim(), fact.Groups["value"].Value.Trim()));
            }
            else if (groups.Count == 0 || groups[^1].Facts.Any(existing => existing.Label is not null))
            {
                groups.Add((line, []));
            }
            else
            {
                groups[^1].Facts.Add(new EvidenceFact(null, line));
            }
        }

        return [.. groups.Select(group => new EvidenceGroup { Name = group.Name, Facts = [.. group.Facts] })];
    }

    /// <summary>A section blurb, not a fact: a full sentence of many words.</summary>
    private static bool IsProse(string line) =>
        line.EndsWith('.') && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 8;
}
