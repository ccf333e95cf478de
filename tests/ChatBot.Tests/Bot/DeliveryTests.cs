using System.Net;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Bot;

/// <summary>The messaging endpoint's HTTP behaviour: normal delivery, bad input, health.</summary>
public sealed class DeliveryTests : IDisposable
{
    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Post_NormalDelivery_Answers200EmptyAndPostsTheReplyToTheConnector()
    {
        var message = Activities.Message("What does a Proficient dispatcher do?", expectReplies: false);
        message["id"] = "1700000000000";
        var response = await Activities.PostAsync(_app.CreateClient(), message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var (method, url, body) = Assert.Single(_app.Connector.Requests);
        Assert.Equal(HttpMethod.Post, method);
        Assert.Equal("http://127.0.0.1:9/amer/v3/conversations/a%3A1x2y%3Bmessageid%3D42/activities/1700000000000", url.AbsoluteUri);
        var reply = JsonNode.Parse(body)!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)reply["attachments"]![0]!["contentType"]);
        Assert.Contains("Complex dispatch coordination", Activities.AllText(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NormalDeliveryToAnInternetServiceUrl_IsRefusedInAnonymousMode()
    {
        var activity = Activities.Message("proficient", expectReplies: false);
        activity["serviceUrl"] = "https://smba.trafficmanager.net/amer/";

        var response = await Activities.PostAsync(_app.CreateClient(), activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_app.Connector.Requests);
    }

    [Fact]
    public async Task Post_AllowListedServiceUrl_GetsTheReply()
    {
        using var app = new BotApplication(new Dictionary<string, string?> { ["BotFramework:AllowedServiceUrls:0"] = "https://smba.trafficmanager.net/amer/" });
        var activity = Activities.Message("proficient", expectReplies: false);
        activity["serviceUrl"] = "https://smba.trafficmanager.net/amer/";

        var response = await Activities.PostAsync(app.CreateClient(), activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("https://smba.trafficmanager.net/amer/v3/conversations/", Assert.Single(app.Connector.Requests).Url.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("not json at all")]
    [InlineData("[]")]
    [InlineData("{\"text\":\"proficient\"}")]
    [InlineData("{\"type\":\"\"}")]
    public async Task Post_MalformedActivity_Answers400AndSendsNothing(string body)
    {
        var response = await Activities.PostRawAsync(_app.CreateClient(), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_app.Connector.Requests);
    }

    [Fact]
    public async Task Post_WithABearerTokenInAnonymousMode_Answers401()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln");

        var response = await Activities.PostAsync(client, Activities.Message("proficient", expectReplies: false));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_app.Connector.Requests);
    }

    [Fact]
    public async Task Get_Healthz_Answers200()
    {
        var response = await _app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
