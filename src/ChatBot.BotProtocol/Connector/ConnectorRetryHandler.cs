using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ChatBot.BotProtocol.Connector;

/// <summary>
/// Retries connector calls within bounds. Throttling (429, 503) waits for <c>Retry-After</c> (or backs off
/// exponentially with jitter) up to <see cref="ConnectorRetryOptions.MaxRetries"/> times. A gateway failure (408, 502,
/// 504), a network error or an attempt timeout may mean the connector already acted, so a POST (not idempotent: the
/// message could appear twice) is retried only once. Other statuses pass through for <see cref="ConnectorClient"/> to
/// report. Logs carry the status and <c>X-Correlating-OperationId</c>, never the message.
/// </summary>
internal sealed partial class ConnectorRetryHandler : DelegatingHandler
{
    private const int TransientRetriesOfPost = 1;

    private static readonly ResiliencePropertyKey<HttpMethod> MethodKey = new("ChatBot.Connector.Method");
    private static readonly ResiliencePropertyKey<int> TransientRetriesKey = new("ChatBot.Connector.TransientRetries");
    private static readonly ResiliencePropertyKey<int> RetriesKey = new("ChatBot.Connector.Retries");

    private readonly ILogger<ConnectorRetryHandler> _logger;
    private readonly TimeProvider _timeProvider;
    private readonly ConnectorRetryOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ConnectorRetryHandler(
        IOptions<ConnectorRetryOptions> options,
        TimeProvider timeProvider,
        ILogger<ConnectorRetryHandler> logger)
    {
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, _options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.BaseDelay,
                MaxDelay = _options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(args.Outcome)),
                OnRetry = args =>
                {
                    OnRetry(args.Outcome, args.Context, args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            })
            .AddTimeout(_options.AttemptTimeout)
            .Build();
    }

    /// <summary>What kind of failure an outcome is, which decides whether and how often it is retried.</summary>
    internal enum FailureKind
    {
        None,
        Throttled,
        Transient,
    }

    internal static FailureKind Classify(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => FailureKind.Transient,
        { Exception: not null } => FailureKind.None,
        { Result.StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } => FailureKind.Throttled,
        { Result.StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout } =>
            FailureKind.Transient,
        _ => FailureKind.None,
    };

    /// <summary>
    /// The wait a <c>Retry-After</c> header asks for (delta seconds or an HTTP date), never negative, or null when there
    /// is none.
    /// </summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, DateTimeOffset now) =>
        response?.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
            { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
            _ => null,
        };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(MethodKey, request.Method);
            var response = await _pipeline.ExecuteAsync(
                static async (context, state) =>
                    await state.Handler.SendOnceAsync(state.Request, context.CancellationToken).ConfigureAwait(false),
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);

            var retries = context.Properties.GetValue(RetriesKey, 0);
            if (retries > 0)
            {
                var correlatingOperationId = ConnectorClient.CorrelatingOperationIdOf(response);
                LogFinished(_logger, request.Method.Method, (int)response.StatusCode, correlatingOperationId, retries);
            }

            return response;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    // HttpRequestMessage content here is a buffered StringContent, so the same request can be sent again.
    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (context.Properties.GetValue(RetriesKey, 0) >= _options.MaxRetries)
        {
            return false;
        }

        switch (Classify(outcome))
        {
            case FailureKind.Throttled:
                return true;
            case FailureKind.Transient:
                var limit = context.Properties.GetValue(MethodKey, HttpMethod.Post) == HttpMethod.Post
                    ? TransientRetriesOfPost
                    : _options.MaxRetries;
                return context.Properties.GetValue(TransientRetriesKey, 0) < limit;
            default:
                return false;
        }
    }

    // Null falls back to the strategy's exponential backoff with jitter, which MaxDelay already caps.
    private TimeSpan? RetryAfterDelay(Outcome<HttpResponseMessage> outcome) =>
        Classify(outcome) == FailureKind.Throttled
        && RetryAfter(outcome.Result, _timeProvider.GetUtcNow()) is { } delay
            ? (delay > _options.MaxDelay ? _options.MaxDelay : delay)
            : null;

    private void OnRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, int retry, TimeSpan delay)
    {
        context.Properties.Set(RetriesKey, retry);
        if (Classify(outcome) == FailureKind.Transient)
        {
            context.Properties.Set(TransientRetriesKey, context.Properties.GetValue(TransientRetriesKey, 0) + 1);
        }

        if (!_logger.IsEnabled(LogLevel.Warning))
        {
            return;
        }

        var method = context.Properties.GetValue(MethodKey, HttpMethod.Post).Method;
        if (outcome.Result is { } response)
        {
            LogRetryingStatus(_logger, method, (int)response.StatusCode,
                ConnectorClient.CorrelatingOperationIdOf(response), retry, (long)delay.TotalMilliseconds);
        }
        else
        {
            LogRetryingException(_logger, outcome.Exception, method, outcome.Exception?.GetType().Name, retry,
                (long)delay.TotalMilliseconds);
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning,
        Message = "Connector {Method} answered {StatusCode} (X-Correlating-OperationId {CorrelatingOperationId}); retry {Retry} in {DelayMilliseconds} ms")]
    private static partial void LogRetryingStatus(
        ILogger logger, string method, int statusCode, string? correlatingOperationId, int retry, long delayMilliseconds);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning,
        Message = "Connector {Method} failed with {ExceptionType}; retry {Retry} in {DelayMilliseconds} ms")]
    private static partial void LogRetryingException(
        ILogger logger, Exception? exception, string method, string? exceptionType, int retry, long delayMilliseconds);

    [LoggerMessage(EventId = 22, Level = LogLevel.Information,
        Message = "Connector {Method} answered {StatusCode} (X-Correlating-OperationId {CorrelatingOperationId}) after {Retries} retries")]
    private static partial void LogFinished(
        ILogger logger, string method, int statusCode, string? correlatingOperationId, int retries);
}
