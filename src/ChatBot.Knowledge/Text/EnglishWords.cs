using System.Collections.Frozen;
using System.IO.Compression;

namespace ChatBot.Knowledge.Text;

/// <summary>
/// Common English words (SCOWL size 50, American and British spellings, about 63,000 words): a word on this list is
/// a word the person meant, never a typo to correct into a framework word ("diversity" is not "adversity").
/// Read from the assembly once, on first use, and shared by every store.
/// </summary>
internal static class EnglishWords
{
    private const string ResourceName = "ChatBot.Knowledge.Text.english-words.txt.gz";

    private static readonly Lazy<FrozenSet<string>> Words = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static bool Contains(string word) => Words.Value.Contains(word);

    private static FrozenSet<string> Load()
    {
        using var resource = typeof(EnglishWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded word list {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(new GZipStream(resource, CompressionMode.Decompress));
        var words = new List<string>(64_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
