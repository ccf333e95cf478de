using System.ComponentModel.DataAnnotations;

namespace ChatBot.BotProtocol.Hosting;

/// <summary>
/// How many turns one conversation may start: a token bucket per conversation id, so one chat (or a script posing as
/// one) cannot take the capacity the rest share. The defaults leave room for a channel full of people clicking the
/// same card: Teams gives every click in a channel thread the same conversation id.
/// </summary>
public sealed class ConversationRateLimitOptions
{
    /// <summary>The configuration section, under <see cref="BotFrameworkOptions.SectionName"/>.</summary>
    public const string SectionName = BotFrameworkOptions.SectionName + ":ConversationRateLimit";

    /// <summary>Whether turns are limited per conversation at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most turns a conversation may start at once (the bucket's size).</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 100;

    /// <summary>The turns per second a conversation gets back, up to <see cref="Burst"/>.</summary>
    [Range(1, 1_000_000)]
    public int TurnsPerSecond { get; set; } = 50;
}
