namespace ChatBot.BotProtocol.Schema;

/// <summary>The connector's answer to a send: the id of the activity it created.</summary>
public sealed record ResourceResponse
{
    /// <summary>The id of the created activity; empty when the activity was buffered rather than sent.</summary>
    public string? Id { get; init; }
}
