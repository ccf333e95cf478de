using System.ComponentModel.DataAnnotations;

namespace ChatBot.Redis;

/// <summary>
/// How the bot uses Redis, when <c>ConnectionStrings:Redis</c> is set. Every instance of one deployment must use the
/// same prefix; deployments (and environments) sharing one cache must use different ones.
/// </summary>
internal sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>The name under <c>ConnectionStrings</c>: a StackExchange.Redis configuration string.</summary>
    public const string ConnectionStringName = "Redis";

    /// <summary>Words of letters, digits, '.', '_' or '-', joined by ':'.</summary>
    public const string KeyPrefixPattern = "^[A-Za-z0-9._-]+(:[A-Za-z0-9._-]+)*$";

    /// <summary>Put before every key, followed by ':'. Empty: <c>skills-bot:</c> and the environment's name, lower case.</summary>
    [StringLength(100)]
    [RegularExpression(KeyPrefixPattern, ErrorMessage = "Redis:KeyPrefix must be words of letters, digits, '.', '_' or '-', joined by ':'.")]
    public string KeyPrefix { get; set; } = "";

    /// <summary>How long one attempt to connect may take. Start-up never waits for it.</summary>
    [Range(100, 60_000)]
    public int ConnectTimeoutMilliseconds { get; set; } = 5_000;

    /// <summary>
    /// How long one call may take before the turn goes on without Redis. A turn makes at most four, one after another,
    /// and the first that fails pauses the rest, so a turn never waits on Redis for much longer than this.
    /// </summary>
    [Range(10, 5_000)]
    public int OperationTimeoutMilliseconds { get; set; } = 250;
}
