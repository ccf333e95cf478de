using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Redis;

/// <summary>
/// Whether Redis answers a PING now. On its own endpoint, not in /readyz: every instance shares the one Redis, so an
/// outage would take them all out of rotation at once, while each of them can still answer on its own.
/// </summary>
internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public const string Tag = "redis";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var multiplexer = redis.Multiplexer;
        if (!multiplexer.IsCompletedSuccessfully)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, multiplexer.IsCompleted ? "Redis could not be set up." : "Connecting to Redis.");
        }

        if (!multiplexer.Result.IsConnected)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis is unreachable; each instance answers on its own state.");
        }

        try
        {
            var latency = await multiplexer.Result.GetDatabase().PingAsync().WaitAsync(redis.OperationTimeout, cancellationToken).ConfigureAwait(false);
            redis.Succeeded();
            return HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"PING answered in {latency.TotalMilliseconds:0.0} ms."));
        }
        catch (Exception exception) when (RedisConnection.IsFailure(exception))
        {
            redis.Failed(exception);
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis did not answer a PING.");
        }
    }
}
