using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Import;

/// <summary>Reads the page's closing line: "Sources: A, B (x, y), C. © 2026 Publisher."</summary>
internal static class SourceListParser
{
    public static (ImmutableArray<SourceReference> Sources, string? Attribution) Parse(string line)
    {
        var content = line.Trim();
        if (content.StartsWith(PageSectionSplitter.SourcesPrefix, StringComparison.OrdinalIgnoreCase))
        {
            content = content[PageSectionSplitter.SourcesPrefix.Length..];
        }

        string? attribution = null;
        var copyright = content.IndexOf('©', StringComparison.Ordinal);
        if (copyright >= 0)
        {
            attribution = content[copyright..].Trim();
            content = content[..copyright];
        }

        content = content.Trim().TrimEnd('.').Trim();
        return ([.. SplitTopLevel(content).Select(name => new SourceReference(name))], attribution);
    }

    /// <summary>Splits on commas outside parentheses, so "SAFI (Jadhav &amp; Danve, 2026)" stays one entry.</summary>
    private static IEnumerable<string> SplitTopLevel(string content)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < content.Length; i++)
        {
            depth += content[i] switch { '(' => 1, ')' when depth > 0 => -1, _ => 0 };
            if (content[i] == ',' && depth == 0)
            {
                var entry = content[start..i].Trim();
                if (entry.Length > 0)
                {
                    yield return entry;
                }

                start = i + 1;
            }
        }

        var last = content[start..].Trim();
        if (last.Length > 0)
        {
            yield return last;
        }
    }
}
