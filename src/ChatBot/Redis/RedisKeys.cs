using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace ChatBot.Redis;

/// <summary>
/// Every key the bot writes: the deployment's prefix, what the key holds, then the conversation (and activity) it is
/// for. An id longer than Teams ever sends is replaced by its SHA-256, so a made-up id cannot make a large key.
/// </summary>
internal sealed class RedisKeys(string prefix)
{
    // Teams' longest ids (channel threads with a message id) are under 200 characters.
    private const int MaxIdLength = 256;

    private readonly string _prefix = prefix + ":";

    /// <summary>The prefix of conversation contexts, under which IDistributedCache keys them by conversation.</summary>
    public string Contexts => _prefix + "context:";

    /// <summary>Set once an activity's turn has begun on some instance.</summary>
    public RedisKey Delivered(string conversationId, string activityId) =>
        _prefix + "delivered:" + Id(string.Concat(conversationId, "\n", activityId));

    /// <summary>Set once a conversation has had its welcome card.</summary>
    public RedisKey Welcomed(string conversationId) => _prefix + "welcomed:" + Id(conversationId);

    /// <summary>A conversation's token bucket.</summary>
    public RedisKey Turns(string conversationId) => _prefix + "turns:" + Id(conversationId);

    /// <summary>The id as it goes into a key: itself, or its SHA-256 when it is longer than any Teams sends.</summary>
    public static string Id(string id) =>
        id.Length <= MaxIdLength ? id : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}
