using ChatBot.BotProtocol.Schema;

namespace ChatBot.BotProtocol.Hosting;

/// <summary>One turn: the inbound activity and the way to send replies in its conversation.</summary>
public interface ITurnContext
{
    /// <summary>The inbound activity.</summary>
    Activity Activity { get; }

    /// <summary>Whether the bot has sent anything other than a trace during this turn.</summary>
    bool Responded { get; }

    /// <summary>
    /// Sends one activity. Missing addressing (from, recipient, conversation, serviceUrl, channelId, locale,
    /// replyToId) is filled in from the inbound activity.
    /// </summary>
    /// <param name="activity">The activity to send; it is completed in place.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>The id the connector assigned; empty when the activity was buffered for the HTTP response.</returns>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Sends activities in order; see <see cref="SendActivityAsync"/>.</summary>
    /// <param name="activities">The activities to send; each is completed in place.</param>
    /// <param name="cancellationToken">Cancels the sends.</param>
    /// <returns>One response per activity, in order.</returns>
    Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);
}
