using System.Net;
using System.Text.Json;
using ChatBot.Knowledge.Model;

namespace ChatBot.Soak;

/// <summary>
/// Whether an answer is right: 200, an Adaptive Card (the first reply's attachment, or an invoke response's value),
/// and the card's statements exactly the store's for what was asked, in order.
/// </summary>
internal static class AnswerCheck
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    /// <summary>The card's buttons when the answer is right; otherwise null and what was wrong.</summary>
    public static List<CardButton>? Check(Turn turn, HttpStatusCode status, byte[] body, OccupationFramework framework, out string? fault)
    {
        fault = null;
        if (status != HttpStatusCode.OK)
        {
            fault = $"status {(int)status}";
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (CardOf(document.RootElement, turn.Invoke) is not { } card)
            {
                fault = $"no Adaptive Card in the answer ({body.Length} bytes)";
                return null;
            }

            var expected = turn.Expected.Statements(framework);
            var shown = CardReader.Statements(card);
            if (expected.Count == 0 || !shown.SequenceEqual(expected, StringComparer.Ordinal))
            {
                fault = $"expected the {expected.Count} statements of {turn.Expected.Describe()}, the card lists {shown.Count}: {FirstDifference(expected, shown)}";
                return null;
            }

            return CardReader.Buttons(card);
        }
        catch (JsonException exception)
        {
            fault = $"not JSON ({body.Length} bytes): {exception.Message}";
            return null;
        }
    }

    /// <summary>expectReplies: {"activities":[{attachments:[card]}]}; an invoke: {statusCode:200, type, value: card}.</summary>
    private static JsonElement? CardOf(JsonElement root, bool invoke)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (invoke)
        {
            return root.TryGetProperty("statusCode", out var code) && code.ValueKind == JsonValueKind.Number && code.GetInt32() == 200 &&
                root.TryGetProperty("type", out var type) && type.GetString() == AdaptiveCard && root.TryGetProperty("value", out var value)
                ? value
                : null;
        }

        if (!root.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array || activities.GetArrayLength() == 0 ||
            !activities[0].TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array || attachments.GetArrayLength() == 0)
        {
            return null;
        }

        var attachment = attachments[0];
        return attachment.TryGetProperty("contentType", out var contentType) && contentType.GetString() == AdaptiveCard &&
            attachment.TryGetProperty("content", out var content)
            ? content
            : null;
    }

    private static string FirstDifference(IReadOnlyList<string> expected, List<string> shown)
    {
        for (var i = 0; i < Math.Max(expected.Count, shown.Count); i++)
        {
            var want = i < expected.Count ? expected[i] : "(nothing)";
            var got = i < shown.Count ? shown[i] : "(nothing)";
            if (want != got)
            {
                return $"#{i + 1} should be \"{Shorten(want)}\" but is \"{Shorten(got)}\"";
            }
        }

        return "no statements expected";
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
