using ChatBot.BotProtocol.Schema;

namespace ChatBot.Replies;

/// <summary>
/// Reply content ready to address to a conversation. Content kept for every conversation that asks the same question
/// is also serialized once (<see cref="ActivityTemplate"/>), so each reply's JSON copies it instead of writing the
/// card, the summary and the citations again; content built for one reply only is not worth serializing twice.
/// </summary>
internal sealed class PreparedReply
{
    /// <summary>An activity with no addressing, the shape every reply's content is taken from.</summary>
    private static readonly Activity Unaddressed = new() { Type = ActivityTypes.Message };

    private readonly ActivityTemplate? _template;

    private PreparedReply(ReplyContent content, ActivityTemplate? template)
    {
        Content = content;
        _template = template;
    }

    public ReplyContent Content { get; }

    /// <summary>What the reply holds in memory: its content, and its serialized template when it has one.</summary>
    public int Bytes => Content.Bytes + (_template?.Bytes ?? 0);

    /// <summary>Content shared by many replies, serialized once.</summary>
    public static PreparedReply Shared(ReplyContent content) => new(content, ActivityTemplate.Create(content.ReplyTo(Unaddressed)));

    /// <summary>Content for this reply alone.</summary>
    public static PreparedReply Single(ReplyContent content) => new(content, template: null);

    /// <summary>The reply to <paramref name="incoming"/> carrying this content.</summary>
    public Activity ReplyTo(Activity incoming) => _template?.ReplyTo(incoming) ?? Content.ReplyTo(incoming);
}
