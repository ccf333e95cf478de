using System.Text.Json;
using ChatBot.BotProtocol.Hosting;
using ChatBot.BotProtocol.Schema;
using ChatBot.BotProtocol.Tests.Fakes;

namespace ChatBot.BotProtocol.Tests.Hosting;

public class TurnContextTests
{
    [Fact]
    public async Task SendActivity_BareActivity_FillsAddressingFromTheIncomingActivity()
    {
        var connector = new RecordingConnectorClient();
        var turn = new TurnContext(Incoming(), connector);

        var response = await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "hi" });

        var call = Assert.Single(connector.Calls);
        Assert.Equal(nameof(RecordingConnectorClient.ReplyToActivityAsync), call.Operation);
        Assert.Equal("conv-1", call.ConversationId);
        Assert.Equal("act-1", call.ActivityId);
        Assert.Equal("28:bot", call.Activity.From!.Id);
        Assert.Equal("29:user", call.Activity.Recipient!.Id);
        Assert.Equal("tenant-1", call.Activity.Conversation!.TenantId);
        Assert.Equal("http://localhost:3978/", call.Activity.ServiceUrl);
        Assert.Equal("msteams", call.Activity.ChannelId);
        Assert.Equal("de-DE", call.Activity.Locale);
        Assert.Equal("act-1", call.Activity.ReplyToId);
        Assert.Equal("sent-1", response.Id);
    }

    [Fact]
    public async Task SendActivity_ActivityWithItsOwnAddressing_KeepsIt()
    {
        var connector = new RecordingConnectorClient();
        var turn = new TurnContext(Incoming(), connector);

        await turn.SendActivityAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Locale = "en-US",
            ReplyToId = "card-7",
            Conversation = new ConversationAccount { Id = "conv-2" },
        });

        var call = Assert.Single(connector.Calls);
        Assert.Equal("conv-2", call.ConversationId);
        Assert.Equal("card-7", call.ActivityId);
        Assert.Equal("en-US", call.Activity.Locale);
    }

    [Fact]
    public async Task SendActivity_EmptyReplyToId_SendsToTheConversation()
    {
        var connector = new RecordingConnectorClient();
        var turn = new TurnContext(Incoming(), connector);

        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, ReplyToId = "" });

        Assert.Equal(nameof(RecordingConnectorClient.SendToConversationAsync), Assert.Single(connector.Calls).Operation);
    }

    [Fact]
    public async Task SendActivity_ExpectReplies_BuffersInsteadOfSending()
    {
        var incoming = Incoming();
        incoming.DeliveryMode = DeliveryModes.ExpectReplies;
        var turn = new TurnContext(incoming, connector: null);

        var response = await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "hi" });

        Assert.Equal(string.Empty, response.Id);
        var buffered = Assert.Single(turn.BufferedReplies);
        Assert.Equal("hi", buffered.Text);
        Assert.Equal("conv-1", buffered.Conversation!.Id);
        Assert.True(turn.Responded);
    }

    [Fact]
    public async Task SendActivity_ExpectRepliesInvokeResponse_IsBufferedAndParked()
    {
        var incoming = Incoming();
        incoming.DeliveryMode = DeliveryModes.ExpectReplies;
        var turn = new TurnContext(incoming, connector: null);

        await turn.SendActivityAsync(new InvokeResponse { Status = 200 }.ToActivity());

        Assert.Equal(ActivityTypes.InvokeResponse, Assert.Single(turn.BufferedReplies).Type);
        Assert.NotNull(turn.InvokeResponse);
    }

    [Fact]
    public async Task SendActivity_InvokeResponse_IsParkedAndNeverSent()
    {
        var connector = new RecordingConnectorClient();
        var turn = new TurnContext(Incoming(), connector);

        await turn.SendActivityAsync(new InvokeResponse { Status = 200 }.ToActivity());

        Assert.Empty(connector.Calls);
        Assert.Equal(ActivityTypes.InvokeResponse, turn.InvokeResponse!.Type);
        Assert.True(turn.Responded);
    }

    [Theory]
    [InlineData("msteams", 0)]
    [InlineData("emulator", 1)]
    public async Task SendActivity_Trace_GoesOnlyToTheEmulator(string channelId, int expectedCalls)
    {
        var connector = new RecordingConnectorClient();
        var incoming = Incoming();
        incoming.ChannelId = channelId;
        var turn = new TurnContext(incoming, connector);

        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "debug" });

        Assert.Equal(expectedCalls, connector.Calls.Count);
        Assert.False(turn.Responded);
    }

    [Fact]
    public async Task SendActivity_Delay_WaitsAndSendsNothing()
    {
        var connector = new RecordingConnectorClient();
        var turn = new TurnContext(Incoming(), connector);

        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Delay, Value = JsonSerializer.SerializeToElement(1) });

        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task SendActivities_Several_SendsInOrderAndReturnsOneResponseEach()
    {
        var connector = new RecordingConnectorClient();
        var turn = new TurnContext(Incoming(), connector);

        var responses = await turn.SendActivitiesAsync(
            [new Activity { Type = ActivityTypes.Typing }, new Activity { Type = ActivityTypes.Message, Text = "done" }]);

        Assert.Equal(["sent-1", "sent-2"], responses.Select(r => r.Id));
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], connector.Calls.Select(c => c.Activity.Type));
    }

    [Fact]
    public void Responded_NothingSent_IsFalse() =>
        Assert.False(new TurnContext(Incoming(), new RecordingConnectorClient()).Responded);

    [Fact]
    public async Task SendActivity_NoConnector_Throws()
    {
        var turn = new TurnContext(Incoming(), connector: null);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message }));
    }

    private static Activity Incoming() => new()
    {
        Type = ActivityTypes.Message,
        Id = "act-1",
        ServiceUrl = "http://localhost:3978/",
        ChannelId = "msteams",
        Locale = "de-DE",
        From = new ChannelAccount { Id = "29:user", Name = "Ada" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "Helper" },
        Conversation = new ConversationAccount { Id = "conv-1", TenantId = "tenant-1" },
        Text = "hello",
    };
}
