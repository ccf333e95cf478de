using System.Security.Claims;

namespace ChatBot.BotProtocol.Authentication;

/// <summary>The result of authenticating an inbound request.</summary>
public sealed record AuthenticationOutcome
{
    /// <summary>Whether the request may run a turn.</summary>
    public required bool IsAuthenticated { get; init; }

    /// <summary>The caller's identity when authenticated.</summary>
    public ClaimsIdentity? ClaimsIdentity { get; init; }

    /// <summary>Why authentication failed, for logs only; never sent to the caller.</summary>
    public string? FailureReason { get; init; }

    /// <summary>A successful outcome.</summary>
    /// <param name="identity">The caller's identity.</param>
    /// <returns>The outcome.</returns>
    public static AuthenticationOutcome Success(ClaimsIdentity identity) =>
        new() { IsAuthenticated = true, ClaimsIdentity = identity };

    /// <summary>A failed outcome.</summary>
    /// <param name="reason">Why, for logs; must not contain request data.</param>
    /// <returns>The outcome.</returns>
    public static AuthenticationOutcome Failure(string reason) =>
        new() { IsAuthenticated = false, FailureReason = reason };
}
