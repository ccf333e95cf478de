namespace ChatBot.BotProtocol.Connector;

/// <summary>Bounds of the connector's retries; the defaults follow the Teams rate-limit guidance.</summary>
public sealed class ConnectorRetryOptions
{
    /// <summary>The most retries of one request for throttling (429, 503); at most 3 by default.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff when the connector gives no <c>Retry-After</c>; doubled each retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest single wait, including one a <c>Retry-After</c> asks for.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one attempt may take before it counts as timed out.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
