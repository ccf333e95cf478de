using System.Text.Json;
using ChatBot.BotProtocol.Connector;
using ChatBot.BotProtocol.Schema;

namespace ChatBot.BotProtocol.Hosting;

/// <summary>
/// The turn context the <see cref="CloudAdapter"/> hands to the bot. Sends go to the connector, or, when the inbound
/// activity asked for <see cref="DeliveryModes.ExpectReplies"/>, into a buffer the adapter returns in the HTTP response.
/// </summary>
internal sealed class TurnContext : ITurnContext
{
    private const string EmulatorChannelId = "emulator";
    private const int DefaultDelayMilliseconds = 1000;
    private const int MaxDelayMilliseconds = 10_000;

    private readonly IConnectorClient? _connector;
    private readonly Lock _gate = new();
    private readonly List<Activity> _bufferedReplies = [];
    private Activity? _invokeResponse;
    private bool _responded;

    /// <param name="activity">The inbound activity.</param>
    /// <param name="connector">The connector for the inbound serviceUrl; null when replies are buffered.</param>
    public TurnContext(Activity activity, IConnectorClient? connector)
    {
        Activity = activity;
        _connector = connector;
    }

    public Activity Activity { get; }

    public bool Responded
    {
        get
        {
            lock (_gate)
            {
                return _responded;
            }
        }
    }

    public bool ExpectsReplies => IsExpectReplies(Activity);

    /// <summary>The activities buffered for an expectReplies response, in order.</summary>
    public Activity[] BufferedReplies
    {
        get
        {
            lock (_gate)
            {
                return [.. _bufferedReplies];
            }
        }
    }

    /// <summary>The <see cref="ActivityTypes.InvokeResponse"/> activity the bot sent, if any.</summary>
    public Activity? InvokeResponse
    {
        get
        {
            lock (_gate)
            {
                return _invokeResponse;
            }
        }
    }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses[0];
    }

    public async Task<ResourceResponse[]> SendActivitiesAsync(
        IReadOnlyList<Activity> activities,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i] ?? throw new ArgumentException("Activities must not be null.", nameof(activities));
            ApplyConversationReference(activity);
            responses[i] = await SendOneAsync(activity, cancellationToken).ConfigureAwait(false);
            if (!IsType(activity, ActivityTypes.Trace))
            {
                lock (_gate)
                {
                    _responded = true;
                }
            }
        }

        return responses;
    }

    private async Task<ResourceResponse> SendOneAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (ExpectsReplies)
        {
            lock (_gate)
            {
                _bufferedReplies.Add(activity);
                if (IsType(activity, ActivityTypes.InvokeResponse))
                {
                    _invokeResponse = activity;
                }
            }

            return new ResourceResponse { Id = string.Empty };
        }

        if (IsType(activity, ActivityTypes.InvokeResponse))
        {
            lock (_gate)
            {
                _invokeResponse = activity;
            }

            return new ResourceResponse { Id = string.Empty };
        }

        if (IsType(activity, ActivityTypes.Delay))
        {
            await Task.Delay(DelayOf(activity), cancellationToken).ConfigureAwait(false);
            return new ResourceResponse { Id = string.Empty };
        }

        // Only the Emulator shows traces; other channels would reject them.
        if (IsType(activity, ActivityTypes.Trace)
            && !string.Equals(Activity.ChannelId, EmulatorChannelId, StringComparison.Ordinal))
        {
            return new ResourceResponse { Id = string.Empty };
        }

        var connector = _connector
            ?? throw new InvalidOperationException("This turn has no connector to send through.");
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            throw new InvalidOperationException("The activity has no conversation id to send to.");
        }

        return string.IsNullOrEmpty(activity.ReplyToId)
            ? await connector.SendToConversationAsync(conversationId, activity, cancellationToken).ConfigureAwait(false)
            : await connector.ReplyToActivityAsync(conversationId, activity.ReplyToId, activity, cancellationToken)
                .ConfigureAwait(false);
    }

    // Like the SDK's ApplyConversationReference for outgoing activities, but only where the bot left a gap.
    private void ApplyConversationReference(Activity activity)
    {
        activity.From ??= Activity.Recipient?.Clone();
        activity.Recipient ??= Activity.From?.Clone();
        activity.Conversation ??= Activity.Conversation?.Clone();
        activity.ServiceUrl ??= Activity.ServiceUrl;
        activity.ChannelId ??= Activity.ChannelId;
        activity.Locale ??= Activity.Locale;
        activity.ReplyToId ??= Activity.Id;
    }

    /// <summary>Whether replies to <paramref name="activity"/> belong in the HTTP response rather than the connector.</summary>
    public static bool IsExpectReplies(Activity activity) =>
        string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);

    private static int DelayOf(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var milliseconds)
            ? Math.Clamp(milliseconds, 0, MaxDelayMilliseconds)
            : DefaultDelayMilliseconds;

    private static bool IsType(Activity activity, string type) =>
        string.Equals(activity.Type, type, StringComparison.Ordinal);
}
