using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Hosting;

/// <summary>
/// Replies sent to a connector that throttles, fails, hangs or refuses the connection: bounded retries, a log line
/// with the status and no message text, no crash, and no other conversation kept waiting.
/// </summary>
public sealed class ConnectorFaultTests : IDisposable
{
    private const string Question = "What does a Proficient dispatcher do?";
    private const string Troubled = "a:troubled";
    private const string Healthy = "a:healthy";

    private readonly BotApplication _app = new(new Dictionary<string, string?>
    {
        ["BotFramework:ConnectorRetry:MaxRetries"] = "2",
        ["BotFramework:ConnectorRetry:BaseDelay"] = "00:00:00.050",
        ["BotFramework:ConnectorRetry:MaxDelay"] = "00:00:02",
        ["BotFramework:ConnectorRetry:AttemptTimeout"] = "00:00:01",
    });

    public void Dispose() => _app.Dispose();

    public static TheoryData<string> Faults => ["429 Retry-After", "500", "503", "timeout", "connection refused"];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Reply_ConnectorFails_TheTurnEndsWithBoundedAttemptsAndALogLineWithoutTheText(string fault)
    {
        _app.Connector.Behaviour = (request, cancellationToken) => Fail(fault, cancellationToken);
        var client = _app.CreateClient();

        var response = await Activities.PostAsync(client, Activities.Message("my private question about dispatch pay", expectReplies: false, conversationId: Troubled));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The reply itself: a first attempt and at most MaxRetries more (a slow turn also sends a typing indicator).
        Assert.InRange(_app.Connector.Requests.Count(request => request.Body.Contains("\"type\":\"message\"", StringComparison.Ordinal)), 1, 3);
        Assert.Contains(_app.Logs.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains(Troubled, StringComparison.Ordinal));
        Assert.DoesNotContain(_app.Logs.Entries, entry => (entry.Message + entry.Exception).Contains("private question", StringComparison.Ordinal));

        // The bot is still there for the next conversation.
        _app.Connector.Behaviour = null;
        Assert.Equal(HttpStatusCode.OK, (await Activities.PostAsync(client, Activities.Message(Question, expectReplies: false, conversationId: Healthy))).StatusCode);
    }

    [Fact]
    public async Task Reply_OneConversationsConnectorThrottles_OtherConversationsAreAnsweredMeanwhile()
    {
        var throttled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _app.Connector.Behaviour = (request, cancellationToken) =>
        {
            if (!request.RequestUri!.AbsolutePath.Contains(Uri.EscapeDataString(Troubled), StringComparison.Ordinal))
            {
                return Task.FromResult(RecordingHandler.Ok());
            }

            throttled.TrySetResult();
            return Fail("429 Retry-After", cancellationToken);
        };
        var client = _app.CreateClient();

        var troubled = Activities.PostAsync(client, Activities.Message(Question, expectReplies: false, conversationId: Troubled));
        await throttled.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var healthy = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => Activities.PostAsync(client, Activities.Message(Question, expectReplies: false, conversationId: $"{Healthy}-{i}"))));

        Assert.All(healthy, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.False(troubled.IsCompleted, "the healthy conversations should not have waited for the throttled one");
        Assert.Equal(5, _app.Connector.Requests.Count(request => request.Url.AbsolutePath.Contains("healthy", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, (await troubled).StatusCode);
    }

    private static async Task<HttpResponseMessage> Fail(string fault, CancellationToken cancellationToken)
    {
        switch (fault)
        {
            case "429 Retry-After":
                var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
                throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
                return throttled;
            case "500":
                return new HttpResponseMessage(HttpStatusCode.InternalServerError);
            case "503":
                return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            case "timeout":
                await Task.Delay(Timeout.Infinite, cancellationToken);
                throw new InvalidOperationException("unreachable");
            default:
                throw new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused));
        }
    }
}
