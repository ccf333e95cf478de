using ChatBot.BotProtocol.Connector;
using ChatBot.BotProtocol.Schema;

namespace ChatBot.BotProtocol.Tests.Fakes;

/// <summary>An <see cref="IConnectorClient"/> that records calls and answers with sequential ids.</summary>
internal sealed class RecordingConnectorClient : IConnectorClient
{
    public List<ConnectorCall> Calls { get; } = [];

    public Task<ResourceResponse> ReplyToActivityAsync(
        string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        Calls.Add(new ConnectorCall(nameof(ReplyToActivityAsync), conversationId, activityId, activity));
        return Task.FromResult(new ResourceResponse { Id = $"sent-{Calls.Count}" });
    }

    public Task<ResourceResponse> SendToConversationAsync(
        string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        Calls.Add(new ConnectorCall(nameof(SendToConversationAsync), conversationId, null, activity));
        return Task.FromResult(new ResourceResponse { Id = $"sent-{Calls.Count}" });
    }

    public Task<ResourceResponse> UpdateActivityAsync(
        string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        Calls.Add(new ConnectorCall(nameof(UpdateActivityAsync), conversationId, activityId, activity));
        return Task.FromResult(new ResourceResponse { Id = activityId });
    }

    // A delete has no activity; the call records one carrying only the id so ConnectorCall stays non-null.
    public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        Calls.Add(new ConnectorCall(nameof(DeleteActivityAsync), conversationId, activityId, new Activity { Id = activityId }));
        return Task.CompletedTask;
    }
}

internal sealed record ConnectorCall(string Operation, string ConversationId, string? ActivityId, Activity Activity);
