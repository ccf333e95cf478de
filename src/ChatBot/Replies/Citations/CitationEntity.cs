using System.Text.Json;
using ChatBot.BotProtocol.Schema;
using ChatBot.Knowledge.Answers;

namespace ChatBot.Replies.Citations;

/// <summary>Builds the Teams citation entity for the sources an answer shows, within Teams' limits.</summary>
internal static class CitationEntity
{
    public const int MaxCitations = 20;
    private const int MaxName = 80;
    private const int MaxAbstract = 160;
    private const int MaxKeywords = 3;
    private const int MaxKeywordLength = 28;

    /// <summary>The entity, or null when the answer shows no sources.</summary>
    public static Entity? For(IReadOnlyList<SourceEntry> sources)
    {
        if (sources.Count == 0)
        {
            return null;
        }

        var claims = sources.Take(MaxCitations).Select((source, index) => new Claim(index + 1, new CitedDocument(Fit(source.Name, MaxName), Fit(source.FullTitle ?? source.Name, MaxAbstract))
        {
            Url = source.Url?.OriginalString,
            Keywords = source.Labels.IsEmpty ? null : [.. source.Labels.Take(MaxKeywords).Select(label => Fit(label, MaxKeywordLength))],
        })).ToList();
        var element = JsonSerializer.SerializeToElement(new CitationMessage(claims), ReplyJsonContext.Default.CitationMessage);
        return element.Deserialize(BotProtocolJsonContext.Default.Entity);
    }

    /// <summary>" [1] [2] [3]": the markers Teams links to the references.</summary>
    public static string Markers(int count) =>
        string.Concat(Enumerable.Range(1, Math.Min(count, MaxCitations)).Select(position => $" [{position}]"));

    private static string Fit(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
