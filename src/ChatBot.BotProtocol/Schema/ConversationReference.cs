namespace ChatBot.BotProtocol.Schema;

/// <summary>What is needed to address a conversation again: who, where and which activity.</summary>
public sealed record ConversationReference
{
    /// <summary>The id of the activity the reference was taken from.</summary>
    public string? ActivityId { get; init; }

    /// <summary>The user.</summary>
    public ChannelAccount? User { get; init; }

    /// <summary>The bot.</summary>
    public ChannelAccount? Bot { get; init; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The channel.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The connector base URL. Trust it only if it arrived on an authenticated request.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The locale.</summary>
    public string? Locale { get; init; }
}
