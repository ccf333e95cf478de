namespace ChatBot.BotProtocol.Schema;

/// <summary>The values of <see cref="Activity.DeliveryMode"/>.</summary>
public static class DeliveryModes
{
    /// <summary>Replies go to the connector as separate requests.</summary>
    public const string Normal = "normal";

    /// <summary>Like normal, but the channel may notify the user.</summary>
    public const string Notification = "notification";

    /// <summary>Replies are collected and returned in the HTTP response as <see cref="ExpectedReplies"/>.</summary>
    public const string ExpectReplies = "expectReplies";

    /// <summary>Replies are shown only to the sender.</summary>
    public const string Ephemeral = "ephemeral";
}
