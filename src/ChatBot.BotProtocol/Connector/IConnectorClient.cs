using ChatBot.BotProtocol.Schema;

namespace ChatBot.BotProtocol.Connector;

/// <summary>The Bot Connector REST API of one serviceUrl (the operations the bot uses).</summary>
public interface IConnectorClient
{
    /// <summary>Posts <paramref name="activity"/> as a reply to <paramref name="activityId"/>.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="activityId">The activity replied to.</param>
    /// <param name="activity">The reply.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The id of the created activity.</returns>
    /// <exception cref="ConnectorException">The connector answered with a non-success status.</exception>
    Task<ResourceResponse> ReplyToActivityAsync(
        string conversationId,
        string activityId,
        Activity activity,
        CancellationToken cancellationToken);

    /// <summary>Posts <paramref name="activity"/> to the end of the conversation.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="activity">The activity.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The id of the created activity.</returns>
    /// <exception cref="ConnectorException">The connector answered with a non-success status.</exception>
    Task<ResourceResponse> SendToConversationAsync(
        string conversationId,
        Activity activity,
        CancellationToken cancellationToken);

    /// <summary>Replaces the activity <paramref name="activityId"/>, e.g. a card after a click.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="activityId">The activity replaced; it is sent as the body's <c>id</c>.</param>
    /// <param name="activity">The new content.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The connector's answer (usually the same id).</returns>
    /// <exception cref="ConnectorException">The connector answered with a non-success status.</exception>
    Task<ResourceResponse> UpdateActivityAsync(
        string conversationId,
        string activityId,
        Activity activity,
        CancellationToken cancellationToken);

    /// <summary>Deletes the activity <paramref name="activityId"/>.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="activityId">The activity deleted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes once the connector accepted the deletion.</returns>
    /// <exception cref="ConnectorException">The connector answered with a non-success status.</exception>
    Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken);
}
