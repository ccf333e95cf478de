using System.ComponentModel.DataAnnotations;

namespace ChatBot.Replies;

/// <summary>How much rendered reply content is kept for questions asked again.</summary>
internal sealed class ReplyCacheOptions
{
    public const string Section = "Replies";

    /// <summary>The most reply JSON kept at once, in megabytes; the least recently used is evicted beyond it.</summary>
    [Range(1, 4096)]
    public int CacheMegabytes { get; set; } = 64;
}
