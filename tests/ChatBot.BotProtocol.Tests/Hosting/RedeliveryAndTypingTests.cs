using System.Text.Json;
using ChatBot.BotProtocol.Authentication;
using ChatBot.BotProtocol.Connector;
using ChatBot.BotProtocol.Hosting;
using ChatBot.BotProtocol.Schema;
using ChatBot.BotProtocol.Tests.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ChatBot.BotProtocol.Tests.Hosting;

/// <summary>Teams' redeliveries run once; a slow turn shows a typing indicator before its answer.</summary>
public sealed class RedeliveryAndTypingTests : IDisposable
{
    private readonly TaskCompletionSource _typingSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly RecordingHttpMessageHandler _connector;
    private readonly RedeliveryGuard _redelivery = new();
    private readonly CloudAdapter _adapter;

    public RedeliveryAndTypingTests()
    {
        _connector = new RecordingHttpMessageHandler
        {
            Respond = request =>
            {
                // The body is already buffered by the recorder, so reading it again here does not block.
                if (request.Content!.ReadAsStringAsync().GetAwaiter().GetResult().Contains("\"type\":\"typing\"", StringComparison.Ordinal))
                {
                    _typingSeen.TrySetResult();
                }

                return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("""{"id":"sent"}""") };
            },
        };
        var options = Options.Create(new BotFrameworkOptions());
        var policy = new ServiceUrlPolicy(options);
        _adapter = new CloudAdapter(
            new AnonymousDevelopmentAuthenticator(options), policy, new ConnectorClientFactory(new StubHttpClientFactory(_connector), policy),
            options, new RecordingLogger<CloudAdapter>(), _redelivery, TimeProvider.System);
    }

    public void Dispose() => _connector.Dispose();

    [Fact]
    public async Task Process_SameActivityDeliveredTwice_RunsOneTurnAndSendsOneReply()
    {
        var bot = DelegateBot.Echo();

        var first = await PostAsync(Message("act-1", "conv-1"), bot);
        var again = await PostAsync(Message("act-1", "conv-1"), bot);

        Assert.Equal((200, 200), (first.Response.StatusCode, again.Response.StatusCode));
        Assert.Equal(1, bot.Turns);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task Process_SameIdInAnotherConversation_RunsAgain()
    {
        var bot = DelegateBot.Echo();

        await PostAsync(Message("act-1", "conv-1"), bot);
        await PostAsync(Message("act-1", "conv-2"), bot);

        Assert.Equal(2, bot.Turns);
    }

    [Fact]
    public async Task Process_RedeliveryWithExpectReplies_AnswersWithNoSecondReply()
    {
        var bot = DelegateBot.Echo();
        var message = Message("act-9", "conv-9");
        message.DeliveryMode = DeliveryModes.ExpectReplies;

        await PostAsync(message, bot);
        var again = await PostAsync(message, bot);

        Assert.Equal(1, bot.Turns);
        Assert.Equal("""{"activities":[]}""", Body(again));
    }

    [Fact]
    public async Task Process_TurnSlowerThanTheTypingDelay_SendsTypingBeforeTheAnswer()
    {
        var bot = new DelegateBot(async (turn, ct) =>
        {
            // The answer waits until the typing indicator has gone out, so the test does not race a clock.
            await _typingSeen.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            await turn.SendActivityAsync(turn.Activity.CreateReply("answer"), ct);
        });

        await PostAsync(Message("act-2", "conv-2"), bot);

        Assert.Equal(["typing", "message"], _connector.Requests.Select(request => JsonDocument.Parse(request.Body!).RootElement.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Process_FastTurn_SendsNoTyping()
    {
        await PostAsync(Message("act-3", "conv-3"), DelegateBot.Echo());

        Assert.Equal(["message"], _connector.Requests.Select(request => JsonDocument.Parse(request.Body!).RootElement.GetProperty("type").GetString()));
    }

    private async Task<DefaultHttpContext> PostAsync(Activity activity, IBot bot)
    {
        var context = new DefaultHttpContext();
        var json = JsonSerializer.SerializeToUtf8Bytes(activity, BotProtocolJsonContext.Default.Activity);
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(json);
        context.Request.ContentLength = json.Length;
        context.Response.Body = new MemoryStream();
        await _adapter.ProcessAsync(context.Request, context.Response, bot);
        return context;
    }

    private static string Body(DefaultHttpContext context)
    {
        context.Response.Body.Position = 0;
        return new StreamReader(context.Response.Body).ReadToEnd();
    }

    private static Activity Message(string id, string conversation) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ServiceUrl = "http://localhost:3978/amer",
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:user" },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = conversation },
        Text = "hi",
    };
}
