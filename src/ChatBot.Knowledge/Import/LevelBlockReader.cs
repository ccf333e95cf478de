using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Import;

/// <summary>
/// Reads runs of "Level heading, optional role label, numbered items" from page lines. Any other unindented
/// line (a section blurb, page chrome) closes the current block.
/// </summary>
internal static class LevelBlockReader
{
    public delegate bool LevelNameParser(string name, out ProficiencyLevel level);

    public static List<LevelBlock> Read(IEnumerable<string> lines, LevelNameParser isLevelName, string where, ImportWarnings warnings)
    {
        var blocks = new List<LevelBlock>();
        LevelBlock? current = null;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var item = PagePatterns.NumberedItem().Match(line);
            if (item.Success)
            {
                if (current is null)
                {
                    warnings.Add($"{where}: numbered line outside any level ignored: '{Shorten(line)}'");
                    continue;
                }

                current.Items.Add(new NumberedItem(int.Parse(item.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture), item.Groups["text"].Value.Trim()));
                continue;
            }

            var trimmed = line.Trim();
            if (char.IsWhiteSpace(line[0]) && current is { Items.Count: > 0 })
            {
                var last = current.Items[^1];
                current.Items[^1] = last with { Text = $"{last.Text} {trimmed}" };
            }
            else if (isLevelName(trimmed, out var level))
            {
                current = new LevelBlock(trimmed, level);
                blocks.Add(current);
            }
            else if (current is { Items.Count: 0, RoleLabel: null })
            {
                current.RoleLabel = trimmed;
            }
            else
            {
                current = null;
            }
        }

        foreach (var block in blocks)
        {
            CheckNumbering(block.Items, $"{where} {block.Name}", warnings);
        }

        return blocks;
    }

    /// <summary>Records a warning when a list is not numbered 1, 2, 3, ... in order.</summary>
    public static void CheckNumbering(IReadOnlyList<NumberedItem> items, string where, ImportWarnings warnings)
    {
        if (items.Select((item, index) => item.Number != index + 1).Any(wrong => wrong))
        {
            warnings.Add($"{where}: items are numbered {string.Join(", ", items.Select(item => item.Number))}; kept in page order");
        }
    }

    public static string Shorten(string text) => text.Length <= 60 ? text.Trim() : text.Trim()[..57] + "...";
}
