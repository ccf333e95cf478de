using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Redis;

/// <summary>
/// The one <see cref="IConnectionMultiplexer"/> every Redis-backed service shares, and whether Redis can be asked now.
/// </summary>
/// <remarks>
/// It connects in the background once the host starts, so start-up never waits for Redis, and keeps reconnecting on its
/// own. It is configured to fail fast: no backlog of commands waiting for a connection, and short timeouts, so when
/// Redis is away every call fails at once and the caller falls back to what this instance knows. After a failed call
/// Redis is left alone for <see cref="PauseAfterFailure"/>, so a Redis that hangs costs one timeout now and then, not
/// one per call. The first failure of an outage is logged as a warning and the first success after it as the
/// recovery: one pair of lines per outage, however many turns run meanwhile.
/// </remarks>
internal sealed partial class RedisConnection : IHostedService, IAsyncDisposable
{
    /// <summary>How long Redis is left alone after a failed call, before a call tries it again.</summary>
    public static readonly TimeSpan PauseAfterFailure = TimeSpan.FromSeconds(1);

    private readonly ConfigurationOptions _configuration;
    private readonly ILogger<RedisConnection> _logger;
    private readonly TimeProvider _time;
    private readonly TaskCompletionSource<IConnectionMultiplexer> _multiplexer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private long _pausedUntil;
    private volatile bool _inOutage;
    private long _outageStarted;

    public RedisConnection(string connectionString, IOptions<RedisOptions> options, ILogger<RedisConnection> logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _configuration = Configure(connectionString, settings);
        _logger = logger;
        _time = time;
        Keys = new RedisKeys(settings.KeyPrefix);
        OperationTimeout = TimeSpan.FromMilliseconds(settings.OperationTimeoutMilliseconds);
    }

    /// <summary>The keys, under this deployment's prefix.</summary>
    public RedisKeys Keys { get; }

    /// <summary>How long one call may take before the caller goes on without Redis.</summary>
    public TimeSpan OperationTimeout { get; }

    /// <summary>The multiplexer once the first connection attempt has finished (connected or not).</summary>
    public Task<IConnectionMultiplexer> Multiplexer => _multiplexer.Task;

    /// <summary>
    /// Whether a call to Redis is worth making now: connected, and not within <see cref="PauseAfterFailure"/> of a failed
    /// call. A multiplexer that is not connected starts (or continues) an outage.
    /// </summary>
    public bool IsAvailable
    {
        get
        {
            var multiplexer = _multiplexer.Task;
            if (!multiplexer.IsCompletedSuccessfully)
            {
                // Still connecting for the first time (a few seconds at most): go on without it, quietly.
                return false;
            }

            if (!multiplexer.Result.IsConnected)
            {
                BeginOutage(null);
                return false;
            }

            return _time.GetTimestamp() >= Volatile.Read(ref _pausedUntil);
        }
    }

    /// <summary>The database, when <see cref="IsAvailable"/>.</summary>
    public bool TryGetDatabase([NotNullWhen(true)] out IDatabase? database)
    {
        database = IsAvailable ? _multiplexer.Task.Result.GetDatabase() : null;
        return database is not null;
    }

    /// <summary>True for what a call to an unreachable, hung or failing Redis throws, which the caller falls back from.</summary>
    public static bool IsFailure(Exception exception) =>
        exception is RedisException or TimeoutException;

    /// <summary>A call succeeded (a health check's PING, say): Redis answers, so any pause ends, and so does an outage.</summary>
    public void Succeeded()
    {
        if (Volatile.Read(ref _pausedUntil) != 0)
        {
            Volatile.Write(ref _pausedUntil, 0);
        }

        if (!_inOutage)
        {
            return;
        }

        long started;
        lock (_gate)
        {
            if (!_inOutage)
            {
                return;
            }

            _inOutage = false;
            started = _outageStarted;
        }

        var seconds = (long)_time.GetElapsedTime(started).TotalSeconds;
        LogRecovered(_logger, seconds);
    }

    /// <summary>A call failed: Redis is left alone for <see cref="PauseAfterFailure"/>, and an outage begins if none was going on.</summary>
    public void Failed(Exception exception)
    {
        Volatile.Write(ref _pausedUntil, _time.GetTimestamp() + (long)(PauseAfterFailure.TotalSeconds * _time.TimestampFrequency));
        BeginOutage(exception);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = ConnectAsync();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        // A first attempt still under way ends within the connect timeout; its multiplexer is closed then.
        _multiplexer.TrySetCanceled();
        if (_multiplexer.Task.IsCompletedSuccessfully)
        {
            await _multiplexer.Task.Result.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task ConnectAsync()
    {
        try
        {
            var multiplexer = await ConnectionMultiplexer.ConnectAsync(_configuration).ConfigureAwait(false);
            if (!_multiplexer.TrySetResult(multiplexer))
            {
                // Disposed meanwhile.
                await multiplexer.DisposeAsync().ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // Whatever the first attempt throws, the bot runs on without Redis, and says so.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogConnectFailed(_logger, exception);
            _multiplexer.TrySetException(exception);
        }
    }

    private void BeginOutage(Exception? exception)
    {
        if (_inOutage)
        {
            return;
        }

        lock (_gate)
        {
            if (_inOutage)
            {
                return;
            }

            _inOutage = true;
            _outageStarted = _time.GetTimestamp();
        }

        var reason = exception?.GetType().Name ?? "not connected";
        LogOutage(_logger, exception, reason);
    }

    /// <summary>
    /// The connection string's endpoints and credentials, with the behaviour the bot needs whatever the string says:
    /// never give up connecting, no backlog (fail at once while disconnected), short timeouts.
    /// </summary>
    private static ConfigurationOptions Configure(string connectionString, RedisOptions settings)
    {
        ConfigurationOptions configuration;
        try
        {
            configuration = ConfigurationOptions.Parse(connectionString);
        }
        catch (ArgumentException exception)
        {
            // The message names the keyword at fault, never the value (which may be the password).
            throw new OptionsValidationException(
                "ConnectionStrings:Redis", typeof(RedisOptions), [$"ConnectionStrings:Redis is not a StackExchange.Redis configuration string: {exception.Message}"]);
        }

        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = settings.ConnectTimeoutMilliseconds;
        configuration.SyncTimeout = settings.OperationTimeoutMilliseconds;
        configuration.AsyncTimeout = settings.OperationTimeoutMilliseconds;
        // Reconnect soon after Redis returns, and never wait more than 5 s between attempts.
        configuration.ReconnectRetryPolicy = new ExponentialRetry(500, 5_000);
        configuration.ClientName ??= "skills-bot";
        // Replies are read on the .NET thread pool rather than the library's own threads: one hand-off fewer per call.
        // Measured under wrk on two cores (level.lua, Redis on loopback): 272 us of the bot's CPU per turn with the
        // library's threads, 106 us on the thread pool, against 50 us without Redis.
        configuration.SocketManager = SocketManager.ThreadPool;
        return configuration;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Redis is unreachable ({Reason}): answering from this instance's own state (no conversation context, per-instance redelivery, welcome and rate-limit checks) until it returns")]
    private static partial void LogOutage(ILogger logger, Exception? exception, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Redis is reachable again after {Seconds} s: state is shared between instances again")]
    private static partial void LogRecovered(ILogger logger, long seconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Redis could not be set up; every instance runs on its own state")]
    private static partial void LogConnectFailed(ILogger logger, Exception exception);
}
