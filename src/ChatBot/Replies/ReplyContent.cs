using System.Text.Json;
using ChatBot.BotProtocol.Schema;

namespace ChatBot.Replies;

/// <summary>
/// Everything a reply carries except its addressing: the same for every conversation that asks the same question,
/// so it is built once and shared. Nothing mutates it after it is built; each reply gets its own lists.
/// </summary>
internal sealed record ReplyContent
{
    /// <summary>
    /// The message text: a card's one-line lead with the reference markers its Teams citations need, or the whole
    /// answer where no card is rendered. Null for a card that cites nothing (the welcome, help): a text beside it
    /// would only repeat the card, and clients show text and card as two messages.
    /// </summary>
    public required string? Text { get; init; }

    public required string? Summary { get; init; }

    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    public IReadOnlyList<Entity> Entities { get; init; } = [];

    public JsonElement? ChannelData { get; init; }

    /// <summary>The JSON size of the reply without addressing, which bounds what a cache of replies holds.</summary>
    public int Bytes { get; init; }

    /// <summary>
    /// False when the content depends on the words typed, not only on the question they read as: a long answer
    /// whose "Show more" button has no self-contained question to ask and re-asks the typed text.
    /// </summary>
    public bool DependsOnlyOnQuestion { get; init; } = true;

    /// <summary>The reply to <paramref name="incoming"/> carrying this content.</summary>
    public Activity ReplyTo(Activity incoming)
    {
        var reply = incoming.CreateReply(Text);
        reply.TextFormat = Text is null ? null : "plain";
        reply.Summary = Summary;
        reply.Attachments = [.. Attachments];
        reply.ChannelData = ChannelData;
        if (Entities.Count > 0)
        {
            reply.Entities = [.. Entities];
        }

        return reply;
    }
}
