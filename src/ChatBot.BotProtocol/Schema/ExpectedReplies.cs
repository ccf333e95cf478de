namespace ChatBot.BotProtocol.Schema;

/// <summary>The HTTP response body for an <see cref="DeliveryModes.ExpectReplies"/> request.</summary>
public sealed class ExpectedReplies
{
    /// <summary>The replies the bot sent during the turn, in order.</summary>
    public required IList<Activity> Activities { get; init; }
}
