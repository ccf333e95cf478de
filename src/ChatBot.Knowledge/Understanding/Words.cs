namespace ChatBot.Knowledge.Understanding;

/// <summary>Splits chat text into lower-case words and folds simple plurals, so "Dispatchers" matches "dispatcher".</summary>
internal static class Words
{
    public static IEnumerable<string> Split(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '*');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    /// <summary>"dispatchers" → "dispatcher"; short words and "-ss" endings are left alone.</summary>
    public static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}
