using System.ComponentModel.DataAnnotations;

namespace ChatBot.BotProtocol.Connector;

/// <summary>Bounds of the connector's retries; the defaults follow the Teams rate-limit guidance.</summary>
public sealed class ConnectorRetryOptions
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string SectionName = BotFrameworkOptions.SectionName + ":ConnectorRetry";

    /// <summary>The most retries of one request for throttling (429, 503); at most 3 by default.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff when the connector gives no <c>Retry-After</c>; doubled each retry, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest single wait, including one a <c>Retry-After</c> asks for.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one attempt may take before it counts as timed out.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
