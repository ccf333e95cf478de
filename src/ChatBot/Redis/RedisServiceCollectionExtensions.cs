using System.Text.RegularExpressions;
using ChatBot.BotProtocol.Hosting;
using ChatBot.Conversations;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Redis;

/// <summary>Puts what instances must share in Redis, when <c>ConnectionStrings:Redis</c> is set.</summary>
internal static partial class RedisServiceCollectionExtensions
{
    /// <summary>
    /// With <c>ConnectionStrings:Redis</c> set: one multiplexer, connected in the background; conversation contexts,
    /// redelivered ids, welcomes and the per-conversation rate limit in Redis, each falling back to this instance's own
    /// when Redis is away; and a health check tagged <see cref="RedisHealthCheck.Tag"/>. Without it, nothing changes.
    /// Call after the in-memory services and <c>AddBotFramework</c> are registered: it replaces them.
    /// </summary>
    /// <returns>Whether Redis is used.</returns>
    public static bool AddRedisSharing(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(RedisOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return false;
        }

        services.AddOptions<RedisOptions>()
            .BindConfiguration(RedisOptions.Section)
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                if (string.IsNullOrEmpty(options.KeyPrefix))
                {
                    options.KeyPrefix = "skills-bot:" + NotAKeyWord().Replace(environment.EnvironmentName.ToLowerInvariant(), "-");
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<RedisConnection>(provider, connectionString));
        services.AddHostedService(provider => provider.GetRequiredService<RedisConnection>());

        services.AddStackExchangeRedisCache(_ => { });
        services.AddOptions<RedisCacheOptions>().Configure<RedisConnection>((cache, redis) =>
        {
            cache.ConnectionMultiplexerFactory = () => redis.Multiplexer;
            cache.InstanceName = redis.Keys.Contexts;
        });

        services.Replace(ServiceDescriptor.Singleton<IConversationContextStore, RedisConversationContextStore>());
        services.TryAddSingleton<WelcomeLedger>();
        services.Replace(ServiceDescriptor.Singleton<IWelcomeLedger, RedisWelcomeLedger>());
        services.Replace(ServiceDescriptor.Singleton<IRedeliveryGuard, RedisRedeliveryGuard>());
        services.Replace(ServiceDescriptor.Singleton<IConversationRateLimiter, RedisConversationRateLimiter>());

        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [RedisHealthCheck.Tag]);
        return true;
    }

    [GeneratedRegex("[^a-z0-9._-]")]
    private static partial Regex NotAKeyWord();
}
