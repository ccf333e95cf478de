namespace ChatBot.BotProtocol.Connector;

/// <summary>Bounds of the connector's retries; the defaults follow the Teams rate-limit guidance.</summary>
public sealed class ConnectorRetryOptions
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string SectionName = BotFrameworkOptions.SectionName + ":ConnectorRetry";

    internal const string BoundsMessage =
        "BotFramework:ConnectorRetry needs MaxRetries from 0 to 10, and positive BaseDelay, MaxDelay (at most 5 minutes) and AttemptTimeout.";

    /// <summary>The most retries of one request for throttling (429, 503); at most 3 by default.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff when the connector gives no <c>Retry-After</c>; doubled each retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest single wait, including one a <c>Retry-After</c> asks for.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one attempt may take before it counts as timed out.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether the settings keep a reply's retries bounded: a turn must end, and the host must be able to drain.</summary>
    internal static bool AreBounded(ConnectorRetryOptions options) =>
        options.MaxRetries is >= 0 and <= 10
        && options.BaseDelay > TimeSpan.Zero
        && options.MaxDelay > TimeSpan.Zero && options.MaxDelay <= TimeSpan.FromMinutes(5)
        && options.AttemptTimeout > TimeSpan.Zero;
}
