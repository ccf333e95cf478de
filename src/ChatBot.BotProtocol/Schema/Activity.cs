using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.BotProtocol.Schema;

/// <summary>
/// A Bot Framework activity: what a channel sends to the bot and what the bot sends back.
/// Fields this type does not name are kept in <see cref="Properties"/> so they survive a round trip.
/// </summary>
public sealed class Activity
{
    /// <summary>The activity type, for example <see cref="ActivityTypes.Message"/>.</summary>
    public string? Type { get; set; }

    /// <summary>The id the channel assigned to the activity.</summary>
    public string? Id { get; set; }

    /// <summary>When the channel received the activity; written as UTC with <c>Z</c>.</summary>
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The sender's local time, with its offset.</summary>
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>The sender's IANA time zone name.</summary>
    public string? LocalTimezone { get; set; }

    /// <summary>The base URL of the connector that replies to this activity go to.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The channel, for example <c>msteams</c> or <c>emulator</c>.</summary>
    public string? ChannelId { get; set; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; set; }

    /// <summary>The addressee.</summary>
    public ChannelAccount? Recipient { get; set; }

    /// <summary>The conversation the activity belongs to.</summary>
    public ConversationAccount? Conversation { get; set; }

    /// <summary>The message text.</summary>
    public string? Text { get; set; }

    /// <summary>The format of <see cref="Text"/>: <c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; set; }

    /// <summary>The BCP-47 locale of the text.</summary>
    public string? Locale { get; set; }

    /// <summary>Text or SSML to speak.</summary>
    public string? Speak { get; set; }

    /// <summary>Text shown where the attachments cannot be (Teams uses it for the activity feed).</summary>
    public string? Summary { get; set; }

    /// <summary>Whether the bot is accepting, expecting or ignoring input after this activity.</summary>
    public string? InputHint { get; set; }

    /// <summary>Cards and files attached to the activity.</summary>
    public IList<Attachment>? Attachments { get; set; }

    /// <summary>How to lay out several attachments: <c>list</c> or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; set; }

    /// <summary>Metadata about the activity, such as mentions.</summary>
    public IList<Entity>? Entities { get; set; }

    /// <summary>Channel-specific content, for example Teams' tenant, team and channel.</summary>
    public JsonElement? ChannelData { get; set; }

    /// <summary>The id of the activity this one replies to.</summary>
    public string? ReplyToId { get; set; }

    /// <summary>A programmatic payload: card submit data or invoke parameters.</summary>
    public JsonElement? Value { get; set; }

    /// <summary>The type of <see cref="Value"/>.</summary>
    public string? ValueType { get; set; }

    /// <summary>The name of an event or invoke activity.</summary>
    public string? Name { get; set; }

    /// <summary>How the sender wants replies delivered; see <see cref="DeliveryModes"/>.</summary>
    public string? DeliveryMode { get; set; }

    /// <summary>Members who joined the conversation (conversationUpdate).</summary>
    public IList<ChannelAccount>? MembersAdded { get; set; }

    /// <summary>Members who left the conversation (conversationUpdate).</summary>
    public IList<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>The installationUpdate action: <c>add</c>, <c>remove</c>, <c>add-upgrade</c> or <c>remove-upgrade</c>.</summary>
    public string? Action { get; set; }

    /// <summary>A reference to another conversation or activity this one relates to.</summary>
    public JsonElement? RelatesTo { get; set; }

    /// <summary>Fields this type does not name, kept as they arrived.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>The template this reply was built from, which writes it faster while its content is unchanged.</summary>
    internal ActivityTemplate? Template { get; set; }

    /// <summary>
    /// Builds a message replying to this activity: sender and addressee swapped, the whole conversation copied
    /// (Teams needs its <c>tenantId</c>), <see cref="ReplyToId"/> set to this activity's id.
    /// </summary>
    /// <param name="text">The reply text, if any.</param>
    /// <returns>A new activity ready to send.</returns>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Timestamp = DateTimeOffset.UtcNow,
        From = Recipient?.Clone(),
        Recipient = From?.Clone(),
        Conversation = Conversation?.Clone(),
        ReplyToId = Id,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Locale = Locale,
        Text = text,
        Attachments = [],
    };

    /// <summary>Returns what is needed to address this conversation again later.</summary>
    /// <returns>The reference: this activity's id, the user, the bot, the conversation and where to reach it.</returns>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From?.Clone(),
        Bot = Recipient?.Clone(),
        Conversation = Conversation?.Clone(),
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };
}
