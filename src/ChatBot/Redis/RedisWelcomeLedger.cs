using ChatBot.Conversations;
using StackExchange.Redis;

namespace ChatBot.Redis;

/// <summary>
/// One welcome per conversation across every instance: this instance's ledger first, then <c>SET key 1 NX EX</c>, which
/// only one caller in the whole deployment can win. Without Redis this instance's ledger decides.
/// </summary>
internal sealed class RedisWelcomeLedger(WelcomeLedger local, RedisConnection redis) : IWelcomeLedger
{
    public async ValueTask<bool> TryWelcomeAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (!local.TryWelcome(conversationId))
        {
            return false;
        }

        if (!redis.TryGetDatabase(out var database))
        {
            return true;
        }

        try
        {
            var first = await database.StringSetAsync(redis.Keys.Welcomed(conversationId), 1, WelcomeLedger.Remembered, When.NotExists)
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
