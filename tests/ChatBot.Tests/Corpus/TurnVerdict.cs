using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ChatBot.Tests.Corpus;

/// <summary>
/// A turn judged as the shared scorer (run_eval.py) judges it: the reply's text and every string of its cards,
/// lower-cased, without '*' and '_', whitespace collapsed; each snippet normalised the same way, as a substring.
/// </summary>
internal sealed partial record TurnVerdict(ImmutableArray<string> Missing, bool NoneOfAny, ImmutableArray<string> Forbidden)
{
    public bool Passed => Missing.IsEmpty && !NoneOfAny && Forbidden.IsEmpty;

    public static TurnVerdict Judge(CorpusTurn turn, string replyText)
    {
        var reply = Normalize(replyText);
        return new TurnVerdict(
            [.. turn.Must.Where(snippet => !reply.Contains(Normalize(snippet), StringComparison.Ordinal))],
            !turn.Any.IsEmpty && !turn.Any.Any(snippet => reply.Contains(Normalize(snippet), StringComparison.Ordinal)),
            [.. turn.MustNot.Where(snippet => reply.Contains(Normalize(snippet), StringComparison.Ordinal))]);
    }

    public override string ToString() =>
        string.Join("; ", new[]
        {
            Missing.IsEmpty ? null : $"missing {string.Join(", ", Missing)}",
            NoneOfAny ? "none of the alternatives" : null,
            Forbidden.IsEmpty ? null : $"forbidden {string.Join(", ", Forbidden)}",
        }.OfType<string>());

    private static string Normalize(string text) => Whitespace().Replace(text.ToLowerInvariant().Replace("*", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
