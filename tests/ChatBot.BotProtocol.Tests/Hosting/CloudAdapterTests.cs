using System.Text;
using System.Text.Json;
using ChatBot.BotProtocol.Authentication;
using ChatBot.BotProtocol.Connector;
using ChatBot.BotProtocol.Hosting;
using ChatBot.BotProtocol.Schema;
using ChatBot.BotProtocol.Tests.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.BotProtocol.Tests.Hosting;

public sealed class CloudAdapterTests : IDisposable
{
    private const string SecretText = "my salary is 12345";
    private const string UserName = "Ada Lovelace";

    private readonly RecordingHttpMessageHandler _connector = new();
    private readonly RecordingLogger<CloudAdapter> _logger = new();
    private readonly RedeliveryGuard _redelivery = new();

    [Fact]
    public async Task Process_ExpectRepliesWithNonAsciiText_WritesItAsUtf8AndEscapesOnlyWhatJsonRequires()
    {
        const string Text = "Proficient · Senior — \"calm\" café <b>";
        var context = Post(Message(deliveryMode: DeliveryModes.ExpectReplies));
        var bot = new DelegateBot((turn, ct) => turn.SendActivityAsync(turn.Activity.CreateReply(Text), ct));

        await CreateAdapter().ProcessAsync(context.Request, context.Response, bot);

        var raw = ResponseText(context);
        Assert.Contains("Proficient · Senior — \\\"calm\\\" café <b>", raw, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(raw);
        Assert.Equal(Text, body.RootElement.GetProperty("activities")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Process_ExpectReplies_Answers200WithTheBotsReplies()
    {
        var context = Post(Message(deliveryMode: DeliveryModes.ExpectReplies));

        await CreateAdapter().ProcessAsync(context.Request, context.Response, DelegateBot.Echo());

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", context.Response.ContentType);
        using var body = JsonDocument.Parse(ResponseText(context));
        var reply = Assert.Single(body.RootElement.GetProperty("activities").EnumerateArray());
        Assert.Equal("message", reply.GetProperty("type").GetString());
        Assert.Equal($"echo: {SecretText}", reply.GetProperty("text").GetString());
        Assert.Equal("act@1", reply.GetProperty("replyToId").GetString());
        Assert.Equal("tenant-1", reply.GetProperty("conversation").GetProperty("tenantId").GetString());
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Process_NormalDelivery_Answers200EmptyAndRepliesThroughTheConnector()
    {
        var context = Post(Message());

        await CreateAdapter().ProcessAsync(context.Request, context.Response, DelegateBot.Echo());

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal(string.Empty, ResponseText(context));
        var request = Assert.Single(_connector.Requests);
        Assert.Equal("http://localhost:3978/amer/v3/conversations/a%3Ab%3Bmessageid%3D1/activities/act%401", request.Uri.AbsoluteUri);
        using var sent = JsonDocument.Parse(request.Body!);
        Assert.Equal($"echo: {SecretText}", sent.RootElement.GetProperty("text").GetString());
        Assert.Equal("29:user", sent.RootElement.GetProperty("recipient").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Process_NormalDelivery_LogsOneDebugLineWithoutTextOrNames()
    {
        var context = Post(Message());

        await CreateAdapter().ProcessAsync(context.Request, context.Response, DelegateBot.Echo());

        var entry = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Debug, entry.Level);
        Assert.Contains("message", entry.Message, StringComparison.Ordinal);
        Assert.Contains("act@1", entry.Message, StringComparison.Ordinal);
        Assert.Contains("a:b;messageid=1", entry.Message, StringComparison.Ordinal);
        Assert.Contains("200", entry.Message, StringComparison.Ordinal);
        AssertNothingSensitiveLogged();
    }

    [Theory]
    [InlineData("{")]
    [InlineData("not json " + SecretText)]
    [InlineData("")]
    [InlineData("{\"type\":\"message\",}")]
    [InlineData("{\"type\":5}")]
    [InlineData("{\"type\":\"message\",\"from\":\"" + SecretText + "\"}")]
    public async Task Process_MalformedJson_Answers400WithoutEchoingTheInput(string body)
    {
        var bot = DelegateBot.Echo();
        var context = Post(body);

        await CreateAdapter().ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(400, context.Response.StatusCode);
        var text = ResponseText(context);
        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain(SecretText, text, StringComparison.Ordinal);
        Assert.DoesNotContain("from", text, StringComparison.Ordinal);
        Assert.Equal(0, bot.Turns);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[{\"type\":\"message\"}]")]
    [InlineData("\"message\"")]
    [InlineData("42")]
    [InlineData("null")]
    public async Task Process_JsonThatIsNotAnObject_Answers400(string body)
    {
        var bot = DelegateBot.Echo();
        var context = Post(body);

        await CreateAdapter().ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(400, context.Response.StatusCode);
        Assert.Contains("JSON object", ResponseText(context), StringComparison.Ordinal);
        Assert.Equal(0, bot.Turns);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"text\":\"hi\"}")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("{\"type\":\"  \"}")]
    [InlineData("{\"type\":null}")]
    public async Task Process_ActivityWithoutType_Answers400(string body)
    {
        var bot = DelegateBot.Echo();
        var context = Post(body);

        await CreateAdapter().ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(400, context.Response.StatusCode);
        Assert.Equal("The activity has no type.", ResponseText(context));
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task Process_NestingDeeperThanTheLimit_Answers400()
    {
        var deep = "{\"type\":\"message\",\"value\":" + new string('[', 100) + new string(']', 100) + "}";
        var context = Post(deep);

        await CreateAdapter().ProcessAsync(context.Request, context.Response, DelegateBot.Echo());

        Assert.Equal(400, context.Response.StatusCode);
    }

    [Theory]
    [InlineData(63, 200)]
    [InlineData(64, 400)]
    public async Task Process_NestingAtAndPastTheLimitOf64_IsAcceptedThenRefused(int arrays, int status)
    {
        // The activity object is the first level, so 63 arrays inside it reach depth 64.
        var json = Serialize(Message(deliveryMode: DeliveryModes.ExpectReplies));
        var nested = json.Insert(1, "\"value\":" + new string('[', arrays) + new string(']', arrays) + ",");

        var context = Post(nested);
        await CreateAdapter().ProcessAsync(context.Request, context.Response, DelegateBot.Echo());

        Assert.Equal(status, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("\"value\":{\"question\":\"\\ud800 proficient\"}")]
    [InlineData("\"channelData\":{\"note\":\"\\udc00\"}")]
    [InlineData("\"entities\":[{\"type\":\"mention\",\"\\ud800\":1}]")]
    public async Task Process_LoneSurrogateEscapeInAFieldKeptAsJson_Answers400AndTheBotNeverRuns(string field)
    {
        // The bot would throw reading such a string (JsonElement.GetString); typed fields are refused the same way.
        var bot = DelegateBot.Echo();
        var context = Post(Serialize(Message(deliveryMode: DeliveryModes.ExpectReplies)).Insert(1, field + ","));

        await CreateAdapter().ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(400, context.Response.StatusCode);
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task Process_InvalidUtf8InAnUnknownField_Answers400InsteadOfCopyingItIntoTheReply()
    {
        var bot = DelegateBot.Echo();
        var json = Encoding.UTF8.GetBytes(Serialize(Message(deliveryMode: DeliveryModes.ExpectReplies)));
        byte[] body = [(byte)'{', .. "\"futureField\":\"a"u8, 0xFF, 0xC0, 0x80, .. "\","u8, .. json[1..]];
        var context = Post(body);

        await CreateAdapter().ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(400, context.Response.StatusCode);
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task Process_IdsWithControlCharacters_AreLoggedEscapedOnOneLine()
    {
        var activity = Message();
        activity.ServiceUrl = "https://evil.example/";
        activity.Conversation!.Id = "c1\r\nBot turn forged\u001b[2J";
        var context = Post(activity);

        await CreateAdapter().ProcessAsync(context.Request, context.Response, DelegateBot.Echo());

        var entry = Assert.Single(_logger.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains("c1\\u000d\\u000aBot turn forged\\u001b[2J", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(entry.Message, char.IsControl);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Process_BodyOverTheLimit_Answers413(bool sendContentLength)
    {
        var bot = DelegateBot.Echo();
        var activity = Message();
        activity.Text = new string('x', 2048);
        var context = Post(Serialize(activity));
        if (!sendContentLength)
        {
            context.Request.ContentLength = null;
        }

        await CreateAdapter(new BotFrameworkOptions { MaxRequestBodyBytes = 1024 })
            .ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(413, context.Response.StatusCode);
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task Process_BodyExactlyAtTheLimit_IsAccepted()
    {
        var json = Serialize(Message(deliveryMode: DeliveryModes.ExpectReplies));
        var context = Post(json);

        await CreateAdapter(new BotFrameworkOptions { MaxRequestBodyBytes = Encoding.UTF8.GetByteCount(json) })
            .ProcessAsync(context.Request, context.Response, DelegateBot.Echo());

        Assert.Equal(200, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    public async Task Process_NotPost_Answers405(string method)
    {
        var bot = DelegateBot.Echo();
        var context = Post(Message());
        context.Request.Method = method;

        await CreateAdapter().ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(405, context.Response.StatusCode);
        Assert.Equal("POST", context.Response.Headers.Allow.ToString());
        Assert.Equal(0, bot.Turns);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON;charset=UTF-8")]
    [InlineData(null)]
    public async Task Process_JsonOrMissingContentType_IsAccepted(string? contentType)
    {
        var context = Post(Message(deliveryMode: DeliveryModes.ExpectReplies), contentType);

        await CreateAdapter().ProcessAsync(context.Request, context.Response, DelegateBot.Echo());

        Assert.Equal(200, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/jsonp")]
    [InlineData("not a media type")]
    public async Task Process_OtherContentType_Answers415(string contentType)
    {
        var bot = DelegateBot.Echo();
        var context = Post(Message(), contentType);

        await CreateAdapter().ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(415, context.Response.StatusCode);
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task Process_MissingContentTypeAndBodyIsNotJson_Answers415()
    {
        var context = Post("type=message", contentType: null);

        await CreateAdapter().ProcessAsync(context.Request, context.Response, DelegateBot.Echo());

        Assert.Equal(415, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")]
    [InlineData("Basic dXNlcjpwdw==")]
    public async Task Process_AuthorizationHeaderInAnonymousMode_Answers401AndTheBotNeverRuns(string authorization)
    {
        var bot = DelegateBot.Echo();
        var context = Post(Message());
        context.Request.Headers.Authorization = authorization;

        await CreateAdapter().ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(401, context.Response.StatusCode);
        Assert.Equal(string.Empty, ResponseText(context));
        Assert.Equal(0, bot.Turns);
        Assert.Empty(_connector.Requests);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.DoesNotContain(_logger.Entries, e => e.Message.Contains("eyJ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Process_HostsGuardSaysRedelivery_RunsNoTurnAndAnswers200()
    {
        var bot = DelegateBot.Echo();
        var guard = new ScriptedGuard(firstDelivery: false);
        var context = Post(Message());

        await CreateAdapter(redelivery: guard).ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal(0, bot.Turns);
        Assert.Equal(("a:b;messageid=1", "act@1"), Assert.Single(guard.Asked));
    }

    [Fact]
    public async Task Process_HostsLimiterRefuses_Answers429WithItsRetryAfterAndRunsNoTurn()
    {
        var bot = DelegateBot.Echo();
        var guard = new ScriptedGuard(firstDelivery: true);
        var context = Post(Message());

        await CreateAdapter(redelivery: guard, rateLimiter: new RefusingLimiter(TimeSpan.FromSeconds(2.2)))
            .ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(429, context.Response.StatusCode);
        Assert.Equal("3", context.Response.Headers.RetryAfter.ToString());
        Assert.Equal(0, bot.Turns);
        Assert.Empty(guard.Asked);
    }

    [Fact]
    public async Task Process_AuthenticatorRefuses_Answers401()
    {
        var bot = DelegateBot.Echo();
        var context = Post(Message());
        var options = Options.Create(new BotFrameworkOptions());
        var policy = new ServiceUrlPolicy(options);
        var adapter = new CloudAdapter(
            new RefusingAuthenticator(), policy, new ConnectorClientFactory(new StubHttpClientFactory(_connector), policy), options, _logger, _redelivery, TimeProvider.System);

        await adapter.ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(401, context.Response.StatusCode);
        Assert.Equal(0, bot.Turns);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("http://169.254.169.254/latest/")]
    [InlineData("http://user@localhost/")]
    [InlineData("not a url")]
    public async Task Process_ServiceUrlNotAllowed_Answers403AndSendsNothing(string serviceUrl)
    {
        var bot = DelegateBot.Echo();
        var activity = Message();
        activity.ServiceUrl = serviceUrl;
        var context = Post(activity);

        await CreateAdapter().ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(403, context.Response.StatusCode);
        Assert.Equal(0, bot.Turns);
        Assert.Empty(_connector.Requests);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("act@1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Process_AllowListedServiceUrl_RepliesThere()
    {
        var activity = Message();
        activity.ServiceUrl = "https://smba.trafficmanager.net/amer/";
        var context = Post(activity);

        await CreateAdapter(new BotFrameworkOptions { AllowedServiceUrls = ["https://smba.trafficmanager.net/amer/"] })
            .ProcessAsync(context.Request, context.Response, DelegateBot.Echo());

        Assert.Equal(200, context.Response.StatusCode);
        Assert.StartsWith("https://smba.trafficmanager.net/amer/v3/conversations/", Assert.Single(_connector.Requests).Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "a:b")]
    [InlineData("http://localhost/", null)]
    [InlineData("http://localhost/", "")]
    public async Task Process_NormalDeliveryWithoutServiceUrlOrConversation_Answers400(string? serviceUrl, string? conversationId)
    {
        var bot = DelegateBot.Echo();
        var activity = Message();
        activity.ServiceUrl = serviceUrl;
        activity.Conversation!.Id = conversationId;
        var context = Post(activity);

        await CreateAdapter().ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(400, context.Response.StatusCode);
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task Process_ExpectRepliesWithoutServiceUrl_RunsTheTurn()
    {
        var activity = Message(deliveryMode: DeliveryModes.ExpectReplies);
        activity.ServiceUrl = "https://not-allowed.example/";
        var context = Post(activity);

        await CreateAdapter().ProcessAsync(context.Request, context.Response, DelegateBot.Echo());

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Process_BotThrows_Answers200AndLeaksNothing()
    {
        var bot = new DelegateBot((_, _) => throw new InvalidOperationException("boom"));
        var context = Post(Message());

        await CreateAdapter().ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal(string.Empty, ResponseText(context));
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException
            && e.Message.Contains("act@1", StringComparison.Ordinal));
        AssertNothingSensitiveLogged();
    }

    [Fact]
    public async Task Process_ConnectorFailsDuringTheTurn_Answers200AndLogsTheOperationId()
    {
        var connector = new RecordingHttpMessageHandler
        {
            Respond = _ =>
            {
                var response = new HttpResponseMessage(System.Net.HttpStatusCode.RequestEntityTooLarge);
                response.Headers.Add("X-Correlating-OperationId", "op-9");
                return response;
            },
        };
        var context = Post(Message());

        await CreateAdapter(connectorHandler: connector).ProcessAsync(context.Request, context.Response, DelegateBot.Echo());

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("op-9", StringComparison.Ordinal)
            && e.Message.Contains("413", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Process_ExpectRepliesAndTheBotThrows_Answers200WithTheRepliesSoFar()
    {
        var bot = new DelegateBot(async (turn, ct) =>
        {
            await turn.SendActivityAsync(turn.Activity.CreateReply("first"), ct);
            throw new InvalidOperationException("boom");
        });
        var context = Post(Message(deliveryMode: DeliveryModes.ExpectReplies));

        await CreateAdapter().ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(200, context.Response.StatusCode);
        using var body = JsonDocument.Parse(ResponseText(context));
        Assert.Equal("first", Assert.Single(body.RootElement.GetProperty("activities").EnumerateArray()).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Process_InvokeWithoutResponse_Answers501()
    {
        var context = Post(Invoke());

        await CreateAdapter().ProcessAsync(context.Request, context.Response, new DelegateBot((_, _) => Task.CompletedTask));

        Assert.Equal(501, context.Response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Process_InvokeWhoseBotThrowsBeforeAnswering_Answers500()
    {
        var context = Post(Invoke());

        await CreateAdapter().ProcessAsync(context.Request, context.Response, new DelegateBot((_, _) => throw new InvalidOperationException()));

        Assert.Equal(500, context.Response.StatusCode);
        Assert.Equal(string.Empty, ResponseText(context));
    }

    [Fact]
    public async Task Process_InvokeWithResponse_AnswersItsStatusAndBody()
    {
        var bot = new DelegateBot((turn, ct) => turn.SendActivityAsync(
            new InvokeResponse { Status = 200, Body = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["statusCode"] = "200" }) }.ToActivity(),
            ct));
        var context = Post(Invoke());

        await CreateAdapter().ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", context.Response.ContentType);
        Assert.Equal("""{"statusCode":"200"}""", ResponseText(context));
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Process_InvokeResponseWithoutBody_AnswersItsStatusEmpty()
    {
        var bot = new DelegateBot((turn, ct) => turn.SendActivityAsync(new InvokeResponse { Status = 202 }.ToActivity(), ct));
        var context = Post(Invoke());

        await CreateAdapter().ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(202, context.Response.StatusCode);
        Assert.Equal(string.Empty, ResponseText(context));
    }

    [Theory]
    [InlineData("""{"status":42}""")]
    [InlineData("""{"body":{}}""")]
    [InlineData("\"200\"")]
    public async Task Process_InvalidInvokeResponse_Answers500(string value)
    {
        using var document = JsonDocument.Parse(value);
        var invokeResponse = new Activity { Type = ActivityTypes.InvokeResponse, Value = document.RootElement.Clone() };
        var context = Post(Invoke());

        await CreateAdapter().ProcessAsync(context.Request, context.Response, new DelegateBot((turn, ct) => turn.SendActivityAsync(invokeResponse, ct)));

        Assert.Equal(500, context.Response.StatusCode);
    }

    [Fact]
    public async Task Process_ExpectRepliesInvoke_ReturnsTheInvokeResponseAmongTheActivities()
    {
        var bot = new DelegateBot((turn, ct) => turn.SendActivitiesAsync(
            [turn.Activity.CreateReply("working"), new InvokeResponse { Status = 200 }.ToActivity()], ct));
        var activity = Invoke();
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var context = Post(activity);

        await CreateAdapter().ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(200, context.Response.StatusCode);
        using var body = JsonDocument.Parse(ResponseText(context));
        Assert.Equal(
            ["message", "invokeResponse"],
            body.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Process_CallerIdOnTheWire_IsDiscarded()
    {
        var json = Serialize(Message(deliveryMode: DeliveryModes.ExpectReplies)).Replace("{", "{\"callerId\":\"urn:botframework:azure\",", StringComparison.Ordinal);
        Activity? seen = null;
        var context = Post(json);

        await CreateAdapter().ProcessAsync(context.Request, context.Response, new DelegateBot((turn, _) =>
        {
            seen = turn.Activity;
            return Task.CompletedTask;
        }));

        Assert.False(seen!.Properties?.ContainsKey("callerId") ?? false);
    }

    public void Dispose() => _connector.Dispose();

    private CloudAdapter CreateAdapter(
        BotFrameworkOptions? settings = null,
        RecordingHttpMessageHandler? connectorHandler = null,
        IRedeliveryGuard? redelivery = null,
        IConversationRateLimiter? rateLimiter = null)
    {
        var options = Options.Create(settings ?? new BotFrameworkOptions());
        var policy = new ServiceUrlPolicy(options);
        return new CloudAdapter(
            new AnonymousDevelopmentAuthenticator(options),
            policy,
            new ConnectorClientFactory(new StubHttpClientFactory(connectorHandler ?? _connector), policy),
            options,
            _logger,
            redelivery ?? _redelivery,
            TimeProvider.System,
            rateLimiter);
    }

    private void AssertNothingSensitiveLogged()
    {
        foreach (var entry in _logger.Entries)
        {
            Assert.DoesNotContain(SecretText, entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(UserName, entry.Message, StringComparison.Ordinal);
        }
    }

    private static Activity Message(string? deliveryMode = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = "act@1",
        ServiceUrl = "http://localhost:3978/amer",
        ChannelId = "msteams",
        DeliveryMode = deliveryMode,
        From = new ChannelAccount { Id = "29:user", Name = UserName },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "Helper" },
        Conversation = new ConversationAccount { Id = "a:b;messageid=1", TenantId = "tenant-1" },
        Text = SecretText,
    };

    private static Activity Invoke()
    {
        var activity = Message();
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "adaptiveCard/action";
        activity.Text = null;
        return activity;
    }

    private static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, BotProtocolJsonContext.Default.Activity);

    private static DefaultHttpContext Post(Activity activity, string? contentType = "application/json") =>
        Post(Serialize(activity), contentType);

    private static DefaultHttpContext Post(string body, string? contentType = "application/json") => Post(Encoding.UTF8.GetBytes(body), contentType);

    private static DefaultHttpContext Post(byte[] bytes, string? contentType = "application/json")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = contentType;
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes);
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static string ResponseText(DefaultHttpContext context) =>
        Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());

    /// <summary>A host's redelivery guard (one over a shared store, say) that answers as told and records what it was asked.</summary>
    private sealed class ScriptedGuard(bool firstDelivery) : IRedeliveryGuard
    {
        public List<(string?, string?)> Asked { get; } = [];

        public ValueTask<bool> TryBeginAsync(string? conversationId, string? activityId, CancellationToken cancellationToken)
        {
            Asked.Add((conversationId, activityId));
            return ValueTask.FromResult(firstDelivery);
        }
    }

    private sealed class RefusingLimiter(TimeSpan retryAfter) : IConversationRateLimiter
    {
        public ValueTask<RateLimitDecision> TryAcquireAsync(string? conversationId, CancellationToken cancellationToken) =>
            ValueTask.FromResult(RateLimitDecision.Refused(retryAfter));
    }

    private sealed class RefusingAuthenticator : IRequestAuthenticator
    {
        public ValueTask<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
            ValueTask.FromResult(AuthenticationOutcome.Failure("refused by test"));
    }
}
