using System.Globalization;
using System.Text.Json;
using ChatBot.BotProtocol.Authentication;
using ChatBot.BotProtocol.Connector;
using ChatBot.BotProtocol.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace ChatBot.BotProtocol.Hosting;

/// <summary>
/// The messaging endpoint: reads and checks the inbound activity, authenticates the request, runs the bot's turn
/// and answers the way the Bot Framework SDK's CloudAdapter does (200 empty, the invoke response, or the buffered
/// replies for expectReplies).
/// </summary>
public sealed partial class CloudAdapter
{
    private const string JsonContentType = "application/json; charset=utf-8";
    private const string TextContentType = "text/plain; charset=utf-8";

    // A level card reply is about 10 KB; the buffer grows for the rare larger one.
    private const int ResponseBufferBytes = 16 * 1024;

    private readonly IRequestAuthenticator _authenticator;
    private readonly IServiceUrlPolicy _serviceUrlPolicy;
    private readonly IConnectorClientFactory _connectorClientFactory;
    private readonly BotFrameworkOptions _options;
    private readonly ILogger<CloudAdapter> _logger;
    private readonly IRedeliveryGuard _redelivery;
    private readonly TimeProvider _time;
    private readonly IConversationRateLimiter? _rateLimiter;

    /// <summary>A message turn that has sent nothing after this long shows a typing indicator (normal delivery only).</summary>
    public static readonly TimeSpan TypingDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>Creates the adapter.</summary>
    /// <param name="authenticator">Authenticates inbound requests.</param>
    /// <param name="serviceUrlPolicy">Decides which serviceUrls replies may go to.</param>
    /// <param name="connectorClientFactory">Creates the connector client replies are sent through.</param>
    /// <param name="options">The protocol settings.</param>
    /// <param name="logger">Logs one line per request; never message text or user names.</param>
    /// <param name="redelivery">Recognises activities Teams delivers again.</param>
    /// <param name="time">The clock behind the typing indicator's delay.</param>
    /// <param name="rateLimiter">Limits the turns per conversation; none when null.</param>
    public CloudAdapter(
        IRequestAuthenticator authenticator,
        IServiceUrlPolicy serviceUrlPolicy,
        IConnectorClientFactory connectorClientFactory,
        IOptions<BotFrameworkOptions> options,
        ILogger<CloudAdapter> logger,
        IRedeliveryGuard redelivery,
        TimeProvider time,
        IConversationRateLimiter? rateLimiter = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _authenticator = authenticator;
        _serviceUrlPolicy = serviceUrlPolicy;
        _connectorClientFactory = connectorClientFactory;
        _options = options.Value;
        _logger = logger;
        _redelivery = redelivery;
        _time = time;
        _rateLimiter = rateLimiter;
    }

    /// <summary>Processes one request to the messaging endpoint and writes the response.</summary>
    /// <param name="request">The inbound request.</param>
    /// <param name="response">The response to write.</param>
    /// <param name="bot">The bot that handles the turn.</param>
    /// <param name="cancellationToken">Cancels processing (usually <c>HttpContext.RequestAborted</c>).</param>
    /// <returns>A task that completes when the response is written.</returns>
    public async Task ProcessAsync(
        HttpRequest request,
        HttpResponse response,
        IBot bot,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(bot);
        var started = Stopwatch.GetTimestamp();

        var (activity, rejection) = await ActivityRequestReader.ReadAsync(request, _options.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            await RejectAsync(response, rejection!, started, cancellationToken).ConfigureAwait(false);
            return;
        }

        var conversationId = activity.Conversation?.Id;
        var authorization = request.Headers.Authorization;
        var outcome = await _authenticator.AuthenticateAsync(
            string.IsNullOrEmpty(authorization) ? null : authorization.ToString(),
            activity,
            cancellationToken).ConfigureAwait(false);
        if (!outcome.IsAuthenticated)
        {
            LogAuthenticationFailed(_logger, activity.Id, conversationId, outcome.FailureReason);
            await RejectAsync(response, new RequestRejection(StatusCodes.Status401Unauthorized, "authentication failed"), started, cancellationToken, activity)
                .ConfigureAwait(false);
            return;
        }

        // After authentication, so only a verified caller spends a conversation's turns.
        if (_rateLimiter is not null && await _rateLimiter.TryAcquireAsync(conversationId, cancellationToken).ConfigureAwait(false) is { IsAcquired: false } refused)
        {
            await RejectAsync(response, new RequestRejection(StatusCodes.Status429TooManyRequests, "Too many messages in this conversation; try again shortly.", Tell: true, refused.RetryAfter), started, cancellationToken, activity)
                .ConfigureAwait(false);
            return;
        }

        var turn = CreateTurn(activity, out rejection);
        if (turn is null)
        {
            await RejectAsync(response, rejection!, started, cancellationToken, activity).ConfigureAwait(false);
            return;
        }

        // Checked after authentication, so a caller without a valid token cannot mark ids as seen.
        if (!await _redelivery.TryBeginAsync(conversationId, activity.Id, cancellationToken).ConfigureAwait(false))
        {
            LogRedeliveryIgnored(_logger, activity.Id, conversationId);
            await WriteTurnResultAsync(response, turn, failed: false, cancellationToken).ConfigureAwait(false);
            return;
        }

        var failed = false;
        try
        {
            var running = bot.OnTurnAsync(turn, cancellationToken);
            if (activity.Type == ActivityTypes.Message && !turn.ExpectsReplies)
            {
                await ShowTypingWhileSlowAsync(running, turn, cancellationToken).ConfigureAwait(false);
            }

            await running.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ConnectorException exception)
        {
            failed = true;
            LogConnectorFailed(_logger, exception, activity.Id, conversationId, (int)exception.StatusCode, exception.CorrelatingOperationId);
        }
#pragma warning disable CA1031 // The bot's failure must not become a 500 the channel retries; like the SDK's OnTurnError.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            failed = true;
            LogTurnFailed(_logger, exception, activity.Id, conversationId);
        }

        var status = await WriteTurnResultAsync(response, turn, failed, cancellationToken).ConfigureAwait(false);
        var elapsed = ElapsedMilliseconds(started);
        LogTurnCompleted(_logger, activity.Type, activity.Id, conversationId, status, elapsed);
    }

    /// <summary>Sends a typing activity if the turn has neither finished nor replied within <see cref="TypingDelay"/>.</summary>
    private async Task ShowTypingWhileSlowAsync(Task running, TurnContext turn, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(TypingDelay, _time, stop.Token);
        if (await Task.WhenAny(running, delay).ConfigureAwait(false) != delay || turn.Responded)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            return;
        }

        try
        {
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException exception)
        {
            // A lost typing indicator is not worth failing the turn for.
            LogConnectorFailed(_logger, exception, turn.Activity.Id, turn.Activity.Conversation?.Id, (int)exception.StatusCode, exception.CorrelatingOperationId);
        }
#pragma warning disable CA1031 // Nor is a network error, timeout or token failure while sending it: the answer still goes.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogTypingFailed(_logger, exception, turn.Activity.Id, turn.Activity.Conversation?.Id);
        }
    }

    private TurnContext? CreateTurn(Activity activity, out RequestRejection? rejection)
    {
        rejection = null;
        if (TurnContext.IsExpectReplies(activity))
        {
            return new TurnContext(activity, connector: null);
        }

        var serviceUrl = activity.ServiceUrl;
        if (string.IsNullOrWhiteSpace(serviceUrl) || string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            rejection = new RequestRejection(StatusCodes.Status400BadRequest, "The activity has no serviceUrl or conversation id.", Tell: true);
            return null;
        }

        if (!_serviceUrlPolicy.IsAllowed(serviceUrl))
        {
            var host = HostForLog(serviceUrl);
            LogServiceUrlRefused(_logger, activity.Id, activity.Conversation?.Id, host);
            rejection = new RequestRejection(StatusCodes.Status403Forbidden, "serviceUrl refused");
            return null;
        }

        return new TurnContext(activity, _connectorClientFactory.Create(serviceUrl));
    }

    private async Task<int> WriteTurnResultAsync(
        HttpResponse response,
        TurnContext turn,
        bool failed,
        CancellationToken cancellationToken)
    {
        if (turn.ExpectsReplies)
        {
            await WriteJsonAsync(response, StatusCodes.Status200OK, turn.BufferedReplies, ExpectedRepliesWriter.Write, cancellationToken)
                .ConfigureAwait(false);
            return StatusCodes.Status200OK;
        }

        if (!string.Equals(turn.Activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal))
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentLength = 0;
            return StatusCodes.Status200OK;
        }

        var parked = turn.InvokeResponse;
        if (parked is null)
        {
            // A bot that failed before answering is not "not implemented".
            response.StatusCode = failed ? StatusCodes.Status500InternalServerError : StatusCodes.Status501NotImplemented;
            response.ContentLength = 0;
            return response.StatusCode;
        }

        var invokeResponse = ReadInvokeResponse(parked);
        if (invokeResponse is null)
        {
            LogInvalidInvokeResponse(_logger, turn.Activity.Id, turn.Activity.Conversation?.Id);
            response.StatusCode = StatusCodes.Status500InternalServerError;
            response.ContentLength = 0;
            return response.StatusCode;
        }

        if (invokeResponse.Body is { } body)
        {
            await WriteJsonAsync(response, invokeResponse.Status, body, static (writer, value) => JsonSerializer.Serialize(writer, value, BotProtocolJsonContext.Default.JsonElement), cancellationToken)
                .ConfigureAwait(false);
        }
        else
        {
            response.StatusCode = invokeResponse.Status;
            response.ContentLength = 0;
        }

        return invokeResponse.Status;
    }

    // activity: once it has been read, its ids go into the rejection's one log line.
    private async Task RejectAsync(HttpResponse response, RequestRejection rejection, long started, CancellationToken cancellationToken, Activity? activity = null)
    {
        var elapsed = ElapsedMilliseconds(started);
        LogRejected(_logger, rejection.StatusCode, rejection.Reason, activity?.Id, activity?.Conversation?.Id, elapsed);
        response.StatusCode = rejection.StatusCode;
        if (rejection.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            response.Headers.Allow = HttpMethods.Post;
        }

        if (rejection.RetryAfter is { } retryAfter)
        {
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        if (rejection.Tell)
        {
            response.ContentType = TextContentType;
            await response.WriteAsync(rejection.Reason, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            response.ContentLength = 0;
        }
    }

    /// <summary>Serializes into a pooled buffer, so the response has a Content-Length and no per-request array.</summary>
    private static async Task WriteJsonAsync<T>(HttpResponse response, int status, T value, Action<Utf8JsonWriter, T> write, CancellationToken cancellationToken)
    {
        using var json = new PooledBufferWriter(ResponseBufferBytes);
        using (var writer = new Utf8JsonWriter(json, BotProtocolJson.ResponseWriterOptions))
        {
            write(writer, value);
        }

        response.StatusCode = status;
        response.ContentType = JsonContentType;
        response.ContentLength = json.WrittenCount;
        await response.Body.WriteAsync(json.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    private static InvokeResponse? ReadInvokeResponse(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        try
        {
            var invokeResponse = value.Deserialize(BotProtocolJsonContext.Default.InvokeResponse);
            return invokeResponse is { Status: >= 200 and <= 599 } ? invokeResponse : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string HostForLog(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.IdnHost.Length > 0 ? uri.IdnHost : "(not an absolute URL)";

    private static long ElapsedMilliseconds(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    // Debug, not Information: at thousands of turns a second the console logger's lock and writes cost a third of
    // the endpoint's CPU (measured with dotnet-trace under wrk). Failures, refusals and rejections stay visible.
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug,
        Message = "Bot turn {ActivityType} {ActivityId} in {ConversationId} answered {StatusCode} in {ElapsedMilliseconds} ms")]
    private static partial void LogTurnCompleted(
        ILogger logger, LoggedId activityType, LoggedId activityId, LoggedId conversationId, int statusCode, long elapsedMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Bot request rejected with {StatusCode} ({Reason}), activity {ActivityId} in {ConversationId}, in {ElapsedMilliseconds} ms")]
    private static partial void LogRejected(ILogger logger, int statusCode, string reason, LoggedId activityId, LoggedId conversationId, long elapsedMilliseconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "Bot request {ActivityId} in {ConversationId} failed authentication: {FailureReason}")]
    private static partial void LogAuthenticationFailed(ILogger logger, LoggedId activityId, LoggedId conversationId, string? failureReason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning,
        Message = "Bot request {ActivityId} in {ConversationId} refused: serviceUrl host {ServiceUrlHost} is neither loopback nor allow-listed")]
    private static partial void LogServiceUrlRefused(ILogger logger, LoggedId activityId, LoggedId conversationId, string serviceUrlHost);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Bot turn {ActivityId} in {ConversationId} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, LoggedId activityId, LoggedId conversationId);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error,
        Message = "Bot turn {ActivityId} in {ConversationId} failed sending: the connector answered {ConnectorStatusCode}, operation id {CorrelatingOperationId}")]
    private static partial void LogConnectorFailed(
        ILogger logger, Exception exception, LoggedId activityId, LoggedId conversationId, int connectorStatusCode, string? correlatingOperationId);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "Bot turn {ActivityId} in {ConversationId} could not send its typing indicator")]
    private static partial void LogTypingFailed(ILogger logger, Exception exception, LoggedId activityId, LoggedId conversationId);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Bot activity {ActivityId} in {ConversationId} was delivered again; answered without a second turn")]
    private static partial void LogRedeliveryIgnored(ILogger logger, LoggedId activityId, LoggedId conversationId);

    [LoggerMessage(EventId = 7, Level = LogLevel.Error,
        Message = "Bot turn {ActivityId} in {ConversationId} sent an invokeResponse that is not a valid InvokeResponse")]
    private static partial void LogInvalidInvokeResponse(ILogger logger, LoggedId activityId, LoggedId conversationId);
}
