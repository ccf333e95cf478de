using System.Security.Claims;
using ChatBot.BotProtocol.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.BotProtocol.Authentication;

/// <summary>
/// Local development without a Microsoft App ID: requests without credentials pass as anonymous.
/// A request that carries a token fails, because without an app id there is nothing to validate it against
/// (the SDK fails such requests too).
/// </summary>
internal sealed class AnonymousDevelopmentAuthenticator(IOptions<BotFrameworkOptions> options) : IRequestAuthenticator
{
    internal const string AnonymousAuthenticationType = "anonymous";

    public ValueTask<AuthenticationOutcome> AuthenticateAsync(
        string? authorizationHeader,
        Activity activity,
        CancellationToken cancellationToken)
    {
        // With an app id the channel-token authenticator is registered instead; this keeps this one closed if it is not.
        if (!options.Value.IsAnonymous)
        {
            return ValueTask.FromResult(AuthenticationOutcome.Failure("An app id is configured: anonymous requests are not accepted."));
        }

        if (!string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return ValueTask.FromResult(AuthenticationOutcome.Failure(
                "The request carries credentials, which cannot be validated in anonymous development mode."));
        }

        return ValueTask.FromResult(AuthenticationOutcome.Success(new ClaimsIdentity(AnonymousAuthenticationType)));
    }
}
