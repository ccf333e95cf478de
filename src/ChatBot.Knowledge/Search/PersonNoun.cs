using System.Collections.Immutable;
using ChatBot.Knowledge.Text;

namespace ChatBot.Knowledge.Search;

/// <summary>
/// The noun a title names its workers by, in both numbers: the last word of the title's head, before the first comma
/// ("Dispatchers, Except Police, ...", "Farmworkers and Laborers, Crop, Nursery, and Greenhouse"), as O*NET writes
/// "Noun, Qualifier" titles.
/// </summary>
internal static class PersonNoun
{
    public static ImmutableArray<string> Of(string title)
    {
        var head = title.Split(',', 2)[0];
        var noun = Tokenizer.Words(head).LastOrDefault(word => !StopWords.All.Contains(word)) ?? "";
        return noun.Length == 0 ? [] : [noun, OtherNumber(noun)];
    }

    /// <summary>"actuaries" and "actuary", "hostesses" and "hostess", "dispatchers" and "dispatcher", both ways.</summary>
    internal static string OtherNumber(string noun) => noun switch
    {
        _ when noun.EndsWith("ies", StringComparison.Ordinal) => noun[..^3] + "y",
        _ when EndsWithSibilant(noun[..^Math.Min(2, noun.Length)]) && noun.EndsWith("es", StringComparison.Ordinal) => noun[..^2],
        _ when noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) => noun[..^1],
        _ when noun.Length > 1 && noun[^1] == 'y' && !"aeiou".Contains(noun[^2], StringComparison.Ordinal) => noun[..^1] + "ies",
        _ when EndsWithSibilant(noun) => noun + "es",
        _ => noun + "s",
    };

    private static bool EndsWithSibilant(string word) =>
        word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal)
        || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith('x') || word.EndsWith('z');
}
