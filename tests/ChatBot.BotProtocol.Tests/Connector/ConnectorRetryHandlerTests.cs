using System.Net;
using System.Net.Http.Headers;
using ChatBot.BotProtocol.Connector;
using ChatBot.BotProtocol.Schema;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace ChatBot.BotProtocol.Tests.Connector;

public class ConnectorRetryHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public async Task Send_429WithRetryAfterThen200_RetriesOnceAfterTheBoundedWait()
    {
        var connector = ScriptedHttpMessageHandler.Answering(call => call == 0
            ? Status(HttpStatusCode.TooManyRequests, retryAfterSeconds: 5, correlationId: "op-429")
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"1:sent"}""") });
        using var services = ConnectorTestServices.Create(ConnectorTestServices.Anonymous, connector);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        var response = await services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None);

        Assert.Equal("1:sent", response.Id);
        Assert.Equal(2, connector.Requests.Count);
        // Retry-After asked for 5 s; the test caps every wait at 50 ms, and the wait happened.
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(40), $"waited only {stopwatch.Elapsed}");
        var retry = Assert.Single(RetryLogs(services), entry => entry.Level == LogLevel.Warning);
        Assert.Contains("429", retry.Message, StringComparison.Ordinal);
        Assert.Contains("op-429", retry.Message, StringComparison.Ordinal);
        Assert.Contains("in 50 ms", retry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_503WithoutRetryAfter_BacksOffAndGivesUpAfterMaxRetries()
    {
        var connector = ScriptedHttpMessageHandler.Answering(_ => Status(HttpStatusCode.ServiceUnavailable, correlationId: "op-503"));
        using var services = ConnectorTestServices.Create(ConnectorTestServices.Anonymous, connector);

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal("op-503", exception.CorrelatingOperationId);
        Assert.Equal(1 + 3, connector.Requests.Count);
        Assert.Equal(3, RetryLogs(services).Count(entry => entry.Level == LogLevel.Warning));
    }

    [Fact]
    public async Task Send_500_IsNotRetried()
    {
        var connector = ScriptedHttpMessageHandler.Answering(_ => Status(HttpStatusCode.InternalServerError, correlationId: "op-500"));
        using var services = ConnectorTestServices.Create(ConnectorTestServices.Anonymous, connector);

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => services.Client().ReplyToActivityAsync("c1", "a1", Message(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, exception.StatusCode);
        Assert.Equal("op-500", exception.CorrelatingOperationId);
        Assert.Single(connector.Requests);
        Assert.Empty(RetryLogs(services));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Send_GatewayFailureOnPost_IsRetriedOnceOnly(HttpStatusCode status)
    {
        var connector = ScriptedHttpMessageHandler.Answering(_ => Status(status, correlationId: "op-gw"));
        using var services = ConnectorTestServices.Create(ConnectorTestServices.Anonymous, connector);

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None));

        Assert.Equal(status, exception.StatusCode);
        Assert.Equal(2, connector.Requests.Count);
        Assert.All(connector.Requests, request => Assert.Equal(HttpMethod.Post, request.Method));
        Assert.Equal(connector.Requests[0].Body, connector.Requests[1].Body);
    }

    [Fact]
    public async Task Update_BadGateway_IdempotentPutIsRetriedUpToTheLimit()
    {
        var connector = ScriptedHttpMessageHandler.Answering(_ => Status(HttpStatusCode.BadGateway));
        using var services = ConnectorTestServices.Create(ConnectorTestServices.Anonymous, connector);

        await Assert.ThrowsAsync<ConnectorException>(
            () => services.Client().UpdateActivityAsync("c1", "a1", Message(), CancellationToken.None));

        Assert.Equal(1 + 3, connector.Requests.Count);
    }

    [Fact]
    public async Task Send_NetworkErrorTwice_RetriesOnceAndSurfacesTheError()
    {
        var connector = ScriptedHttpMessageHandler.Answering(_ => throw new HttpRequestException("connection refused"));
        using var services = ConnectorTestServices.Create(ConnectorTestServices.Anonymous, connector);

        await Assert.ThrowsAsync<HttpRequestException>(
            () => services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None));

        Assert.Equal(2, connector.Requests.Count);
        Assert.Contains(RetryLogs(services), entry => entry.Message.Contains(nameof(HttpRequestException), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_FirstAttemptTimesOut_RetriesOnceAndSucceeds()
    {
        var connector = new ScriptedHttpMessageHandler
        {
            Respond = async (_, call, cancellationToken) =>
            {
                if (call == 0)
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                }

                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"late"}""") };
            },
        };
        using var services = ConnectorTestServices.Create(
            ConnectorTestServices.Anonymous, connector, configureRetry: options => options.AttemptTimeout = TimeSpan.FromMilliseconds(100));

        var response = await services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None);

        Assert.Equal("late", response.Id);
        Assert.Equal(2, connector.Requests.Count);
    }

    [Fact]
    public async Task Send_CallerCancels_IsNotRetried()
    {
        using var cancellation = new CancellationTokenSource();
        var connector = new ScriptedHttpMessageHandler
        {
            Respond = async (_, _, cancellationToken) =>
            {
                await cancellation.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
                return new HttpResponseMessage(HttpStatusCode.OK);
            },
        };
        using var services = ConnectorTestServices.Create(ConnectorTestServices.Anonymous, connector);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => services.Client().SendToConversationAsync("c1", Message(), cancellation.Token));

        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task Send_Retries_NeverLogTheMessageText()
    {
        var connector = ScriptedHttpMessageHandler.Answering(call => call == 0
            ? Status(HttpStatusCode.TooManyRequests, retryAfterSeconds: 0)
            : new HttpResponseMessage(HttpStatusCode.OK));
        using var services = ConnectorTestServices.Create(ConnectorTestServices.Anonymous, connector);

        await services.Client().SendToConversationAsync(
            "c1", new Activity { Type = ActivityTypes.Message, Text = "private words" }, CancellationToken.None);

        Assert.NotEmpty(RetryLogs(services));
        Assert.All(services.Logs.Entries, entry => Assert.DoesNotContain("private words", entry.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_RetryWithAppId_SendsTheTokenOnEveryAttempt()
    {
        var connector = ScriptedHttpMessageHandler.Answering(call => call == 0
            ? Status(HttpStatusCode.TooManyRequests, retryAfterSeconds: 0)
            : new HttpResponseMessage(HttpStatusCode.OK));
        using var services = ConnectorTestServices.Create(ConnectorTestServices.MultiTenant, connector);

        await services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None);

        Assert.Equal(2, connector.Requests.Count);
        Assert.All(connector.Requests, request => Assert.Equal("Bearer token-1", request.Headers["Authorization"]));
        Assert.Single(services.Token.Requests);
    }

    [Fact]
    public void RetryAfter_DeltaSeconds_IsTheDelta()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), ConnectorRetryHandler.RetryAfter(response, Now));
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(-3, 0)]
    public void RetryAfter_HttpDate_IsTheTimeUntilThenAndNeverNegative(int secondsFromNow, int expectedSeconds)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(secondsFromNow));

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), ConnectorRetryHandler.RetryAfter(response, Now));
    }

    [Fact]
    public void RetryAfter_NoHeader_IsNull()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Null(ConnectorRetryHandler.RetryAfter(response, Now));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, ConnectorRetryHandler.FailureKind.Throttled)]
    [InlineData(HttpStatusCode.ServiceUnavailable, ConnectorRetryHandler.FailureKind.Throttled)]
    [InlineData(HttpStatusCode.RequestTimeout, ConnectorRetryHandler.FailureKind.Transient)]
    [InlineData(HttpStatusCode.BadGateway, ConnectorRetryHandler.FailureKind.Transient)]
    [InlineData(HttpStatusCode.GatewayTimeout, ConnectorRetryHandler.FailureKind.Transient)]
    [InlineData(HttpStatusCode.InternalServerError, ConnectorRetryHandler.FailureKind.None)]
    [InlineData(HttpStatusCode.Unauthorized, ConnectorRetryHandler.FailureKind.None)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, ConnectorRetryHandler.FailureKind.None)]
    [InlineData(HttpStatusCode.Created, ConnectorRetryHandler.FailureKind.None)]
    internal void Classify_Status_DecidesTheRetry(HttpStatusCode status, ConnectorRetryHandler.FailureKind expected)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Equal(expected, ConnectorRetryHandler.Classify(Outcome.FromResult(response)));
    }

    [Fact]
    public void Classify_Exceptions_RetriesNetworkErrorsAndTimeoutsButNotCancellation()
    {
        Assert.Equal(ConnectorRetryHandler.FailureKind.Transient,
            ConnectorRetryHandler.Classify(Outcome.FromException<HttpResponseMessage>(new HttpRequestException())));
        Assert.Equal(ConnectorRetryHandler.FailureKind.Transient,
            ConnectorRetryHandler.Classify(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));
        Assert.Equal(ConnectorRetryHandler.FailureKind.None,
            ConnectorRetryHandler.Classify(Outcome.FromException<HttpResponseMessage>(new OperationCanceledException())));
    }

    private static List<(string Category, LogLevel Level, string Message, Exception? Exception)> RetryLogs(
        ConnectorTestServices services) =>
        [.. services.Logs.Entries.Where(entry => entry.Category == typeof(ConnectorRetryHandler).FullName)];

    private static HttpResponseMessage Status(HttpStatusCode status, int? retryAfterSeconds = null, string? correlationId = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent("""{"error":{"message":"detail"}}""") };
        if (retryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        }

        if (correlationId is not null)
        {
            response.Headers.Add("X-Correlating-OperationId", correlationId);
        }

        return response;
    }

    private static Activity Message() => new() { Type = ActivityTypes.Message, Text = "hi" };
}
