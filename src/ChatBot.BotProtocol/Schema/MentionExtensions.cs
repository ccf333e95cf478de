using System.Text.Json;

namespace ChatBot.BotProtocol.Schema;

/// <summary>
/// Mentions as Teams sends them: a <c>mention</c> entity per @mention, with <c>mentioned.id</c> and the exact
/// <c>&lt;at&gt;…&lt;/at&gt;</c> markup in <c>text</c>. Like the SDK's RemoveRecipientMention, the bot's own mention is
/// found through the entities (never by guessing names) and removed from the text; other people's stay.
/// </summary>
public static class MentionExtensions
{
    /// <summary>The most mention entities considered, so a hostile message cannot make stripping expensive.</summary>
    public const int MaxMentionsConsidered = 20;

    /// <summary>The activity's text without the recipient's @mention markup, trimmed; empty when there is no text.</summary>
    public static string TextWithoutRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        var recipientId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(recipientId) || activity.Entities is null)
        {
            return text.Trim();
        }

        foreach (var entity in activity.Entities.Where(IsMention).Take(MaxMentionsConsidered))
        {
            if (MentionedId(entity) != recipientId)
            {
                continue;
            }

            var markup = StringProperty(entity, "text") ?? (MentionedName(entity) is { } name ? $"<at>{name}</at>" : null);
            if (!string.IsNullOrEmpty(markup))
            {
                text = text.Replace(markup, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }

    private static bool IsMention(Entity entity) => string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase);

    private static string? MentionedId(Entity entity) => Mentioned(entity) is { } mentioned && mentioned.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    private static string? MentionedName(Entity entity) => Mentioned(entity) is { } mentioned && mentioned.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;

    private static JsonElement? Mentioned(Entity entity) =>
        entity.Properties?.TryGetValue("mentioned", out var mentioned) == true && mentioned.ValueKind == JsonValueKind.Object ? mentioned : null;

    private static string? StringProperty(Entity entity, string name) =>
        entity.Properties?.TryGetValue(name, out var value) == true && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
