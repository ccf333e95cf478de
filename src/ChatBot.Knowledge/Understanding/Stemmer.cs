namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// A light suffix stripper, enough for chat questions to meet framework wording ("scheduling" and "schedules" →
/// "schedul", "coordinate" and "coordination" → "coordin"). Not a linguistic stemmer: it only has to be consistent.
/// </summary>
internal static class Stemmer
{
    private static readonly string[] Suffixes =
    [
        "izations", "ization", "ations", "ation", "ators", "ator", "ities", "ity", "ments", "ment", "ness", "ship",
        "ings", "ing", "ers", "er", "ies", "ied", "ates", "ate", "ous", "ed", "es", "ly", "s", "e", "al", "y",
    ];

    public static string Stem(string word)
    {
        var stem = word;
        for (var pass = 0; pass < 2; pass++)
        {
            var stripped = StripOnce(stem);
            if (stripped == stem)
            {
                break;
            }

            stem = stripped;
        }

        return stem;
    }

    private static string StripOnce(string word)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                return suffix is "ies" or "ied" ? stem + "y" : stem;
            }
        }

        return word;
    }
}
