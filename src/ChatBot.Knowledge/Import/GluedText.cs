namespace ChatBot.Knowledge.Import;

/// <summary>
/// Rules for text whose pieces the page export glued together without a separator
/// ("Active ListeningSpeaking", "Anthropic Economic IndexAnthropic Economic Index — release").
/// </summary>
internal static class GluedText
{
    /// <summary>True where <paramref name="next"/> starts a new glued piece right after <paramref name="previous"/>.</summary>
    public static bool IsGlue(char previous, char next) =>
        char.IsUpper(next) && (char.IsLower(previous) || char.IsDigit(previous) || previous == ')');

    /// <summary>Splits a glued list ("Active ListeningSpeakingMonitoring") into its items.</summary>
    public static IReadOnlyList<string> SplitList(string text)
    {
        var items = new List<string>();
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLower(text[i - 1]) && char.IsUpper(text[i]))
            {
                AddTrimmed(items, text[start..i]);
                start = i;
            }
        }

        AddTrimmed(items, text[start..]);
        return items;
    }

    private static void AddTrimmed(List<string> items, string item)
    {
        var trimmed = item.Trim();
        if (trimmed.Length > 0)
        {
            items.Add(trimmed);
        }
    }
}
