namespace ChatBot.BotProtocol.Hosting;

/// <summary>Why the messaging endpoint refuses a request without running a turn.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Reason">A fixed text for the log and, when <paramref name="Tell"/>, the response body.</param>
/// <param name="Tell">Whether the caller may see the reason.</param>
/// <param name="RetryAfter">When the caller may try again, sent as <c>Retry-After</c>.</param>
internal sealed record RequestRejection(int StatusCode, string Reason, bool Tell = false, TimeSpan? RetryAfter = null);
