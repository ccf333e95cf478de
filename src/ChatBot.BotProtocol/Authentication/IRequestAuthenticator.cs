using ChatBot.BotProtocol.Schema;

namespace ChatBot.BotProtocol.Authentication;

/// <summary>Decides whether an inbound request really comes from the channel.</summary>
public interface IRequestAuthenticator
{
    /// <summary>Authenticates one inbound request.</summary>
    /// <param name="authorizationHeader">The raw <c>Authorization</c> header, or null when absent.</param>
    /// <param name="activity">The activity the request carries (its channelId and serviceUrl bind the token).</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The outcome; a failure means 401.</returns>
    ValueTask<AuthenticationOutcome> AuthenticateAsync(
        string? authorizationHeader,
        Activity activity,
        CancellationToken cancellationToken);
}
