using System.Net;
using System.Text.Json;
using ChatBot.BotProtocol.Connector;
using ChatBot.BotProtocol.Schema;
using ChatBot.BotProtocol.Tests.Fakes;

namespace ChatBot.BotProtocol.Tests.Connector;

public class ConnectorClientTests
{
    [Theory]
    [InlineData("http://host/amer/")]
    [InlineData("http://host/amer")]
    public async Task ReplyToActivity_TeamsIds_EscapesIdsAndKeepsThePathPrefix(string serviceUrl)
    {
        var handler = new RecordingHttpMessageHandler();
        var client = CreateClient(handler, serviceUrl);

        await client.ReplyToActivityAsync("a:b;messageid=1", "x@y", Message("hi"), CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://host/amer/v3/conversations/a%3Ab%3Bmessageid%3D1/activities/x%40y", request.Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/", "https://smba.trafficmanager.net/teams/v3/conversations/19%3Aabc%40thread.skype/activities")]
    [InlineData("http://localhost:3978", "http://localhost:3978/v3/conversations/19%3Aabc%40thread.skype/activities")]
    public async Task SendToConversation_ServiceUrl_PostsToTheConversationActivities(string serviceUrl, string expected)
    {
        var handler = new RecordingHttpMessageHandler();
        var client = CreateClient(handler, serviceUrl);

        await client.SendToConversationAsync("19:abc@thread.skype", Message("hi"), CancellationToken.None);

        Assert.Equal(expected, Assert.Single(handler.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task ReplyToActivity_ConversationIdWithSlash_StaysOneSegment()
    {
        var handler = new RecordingHttpMessageHandler();

        await CreateClient(handler, "http://host/").ReplyToActivityAsync("a/../b", "1", Message("hi"), CancellationToken.None);

        Assert.Equal("http://host/v3/conversations/a%2F..%2Fb/activities/1", Assert.Single(handler.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task ReplyToActivity_Activity_PostsUtf8JsonWithoutIdAndNoAuthorization()
    {
        var handler = new RecordingHttpMessageHandler();
        var activity = Message("héllo");
        activity.Id = "must-not-be-sent";

        await CreateClient(handler, "http://host/").ReplyToActivityAsync("c", "1", activity, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("application/json", request.Headers["Accept"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        using var body = JsonDocument.Parse(request.Body!);
        Assert.False(body.RootElement.TryGetProperty("id", out _));
        Assert.Equal("héllo", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("must-not-be-sent", activity.Id);
    }

    [Fact]
    public async Task SendToConversation_ConnectorAnswersWithId_ReturnsIt()
    {
        var handler = new RecordingHttpMessageHandler
        {
            Respond = _ => new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("""{"id":"1:abc"}""") },
        };

        var response = await CreateClient(handler, "http://host/").SendToConversationAsync("c", Message("hi"), CancellationToken.None);

        Assert.Equal("1:abc", response.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("not json")]
    public async Task SendToConversation_SuccessWithOddBody_ReturnsNoId(string body)
    {
        var handler = new RecordingHttpMessageHandler
        {
            Respond = _ => new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new StringContent(body) },
        };

        var response = await CreateClient(handler, "http://host/").SendToConversationAsync("c", Message("hi"), CancellationToken.None);

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task ReplyToActivity_ConnectorAnswers500_ThrowsWithStatusAndCorrelationId()
    {
        var handler = new RecordingHttpMessageHandler
        {
            Respond = _ =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.InternalServerError)
                {
                    Content = new StringContent("""{"error":{"code":"Secret","message":"internal detail"}}"""),
                };
                response.Headers.Add("X-Correlating-OperationId", "op-42");
                return response;
            },
        };

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => CreateClient(handler, "http://host/").ReplyToActivityAsync("c", "1", Message("hi"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, exception.StatusCode);
        Assert.Equal("op-42", exception.CorrelatingOperationId);
        Assert.DoesNotContain("internal detail", exception.Message, StringComparison.Ordinal);
        Assert.Contains("500", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendToConversation_ConnectorAnswers429WithoutCorrelationId_ThrowsWithNullId()
    {
        var handler = new RecordingHttpMessageHandler { Respond = _ => new HttpResponseMessage(HttpStatusCode.TooManyRequests) };

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => CreateClient(handler, "http://host/").SendToConversationAsync("c", Message("hi"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, exception.StatusCode);
        Assert.Null(exception.CorrelatingOperationId);
    }

    [Fact]
    public async Task ReplyToActivity_EmptyActivityId_Throws()
    {
        var handler = new RecordingHttpMessageHandler();

        await Assert.ThrowsAsync<ArgumentException>(
            () => CreateClient(handler, "http://host/").ReplyToActivityAsync("c", "", Message("hi"), CancellationToken.None));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task UpdateActivity_TeamsIds_PutsTheActivityWithItsIdToTheEscapedUrl()
    {
        var handler = new RecordingHttpMessageHandler();
        var activity = Message("updated");
        activity.Id = "something-else";

        var response = await CreateClient(handler, "http://host/amer").UpdateActivityAsync(
            "a:b;messageid=1", "1:x@y", activity, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal("http://host/amer/v3/conversations/a%3Ab%3Bmessageid%3D1/activities/1%3Ax%40y", request.Uri.AbsoluteUri);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal("1:x@y", body.RootElement.GetProperty("id").GetString());
        Assert.Equal("updated", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("something-else", activity.Id);
        Assert.Equal("sent-1", response.Id);
    }

    [Fact]
    public async Task DeleteActivity_TeamsIds_DeletesTheEscapedUrlWithoutBody()
    {
        var handler = new RecordingHttpMessageHandler { Respond = _ => new HttpResponseMessage(HttpStatusCode.OK) };

        await CreateClient(handler, "https://smba.trafficmanager.net/emea/").DeleteActivityAsync(
            "19:abc@thread.skype", "1:x", CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal("https://smba.trafficmanager.net/emea/v3/conversations/19%3Aabc%40thread.skype/activities/1%3Ax", request.Uri.AbsoluteUri);
        Assert.Null(request.Body);
    }

    [Fact]
    public async Task DeleteActivity_ConnectorAnswers404_ThrowsWithStatusAndCorrelationId()
    {
        var handler = new RecordingHttpMessageHandler
        {
            Respond = _ =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.NotFound);
                response.Headers.Add("X-Correlating-OperationId", "op-404");
                return response;
            },
        };

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => CreateClient(handler, "http://host/").DeleteActivityAsync("c", "1", CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
        Assert.Equal("op-404", exception.CorrelatingOperationId);
    }

    [Theory]
    [InlineData("", "1")]
    [InlineData("c", "")]
    public async Task UpdateAndDelete_EmptyIds_Throw(string conversationId, string activityId)
    {
        var handler = new RecordingHttpMessageHandler();
        var client = CreateClient(handler, "http://host/");

        await Assert.ThrowsAsync<ArgumentException>(
            () => client.UpdateActivityAsync(conversationId, activityId, Message("hi"), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(
            () => client.DeleteActivityAsync(conversationId, activityId, CancellationToken.None));
        Assert.Empty(handler.Requests);
    }

    private static ConnectorClient CreateClient(HttpMessageHandler handler, string serviceUrl) =>
        new(new HttpClient(handler, disposeHandler: false), new Uri(serviceUrl));

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
