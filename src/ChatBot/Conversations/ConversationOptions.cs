using System.ComponentModel.DataAnnotations;

namespace ChatBot.Conversations;

/// <summary>How long and how many conversation contexts are kept.</summary>
internal sealed class ConversationOptions
{
    public const string Section = "Conversations";

    /// <summary>A context unused for this long is forgotten.</summary>
    [Range(1, 24 * 60)]
    public int SlidingExpirationMinutes { get; set; } = 60;

    /// <summary>The most contexts kept at once; the cache evicts beyond it.</summary>
    [Range(1, 10_000_000)]
    public int MaxConversations { get; set; } = 100_000;
}
