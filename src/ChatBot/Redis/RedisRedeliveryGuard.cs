using ChatBot.BotProtocol.Hosting;
using StackExchange.Redis;

namespace ChatBot.Redis;

/// <summary>
/// One turn per activity across every instance: the in-process guard first (a redelivery to this same instance costs no
/// round trip), then <c>SET key 1 NX EX</c>, which only one caller in the whole deployment can win. Without Redis the
/// in-process guard's answer stands.
/// </summary>
internal sealed class RedisRedeliveryGuard(RedeliveryGuard local, RedisConnection redis) : IRedeliveryGuard
{
    public async ValueTask<bool> TryBeginAsync(string? conversationId, string? activityId, CancellationToken cancellationToken)
    {
        if (!local.TryBegin(conversationId, activityId))
        {
            return false;
        }

        if (string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(activityId) || !redis.TryGetDatabase(out var database))
        {
            return true;
        }

        try
        {
            var first = await database.StringSetAsync(redis.Keys.Delivered(conversationId, activityId), 1, RedeliveryGuard.Window, When.NotExists)
                .WaitAsync(redis.OperationTimeout, cancellationToken).ConfigureAwait(false);
            redis.Succeeded();
            return first;
        }
        catch (Exception exception) when (RedisConnection.IsFailure(exception))
        {
            redis.Failed(exception);
            return true;
        }
    }
}
