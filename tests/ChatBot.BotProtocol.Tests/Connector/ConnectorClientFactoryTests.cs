using ChatBot.BotProtocol.Connector;
using ChatBot.BotProtocol.Schema;
using ChatBot.BotProtocol.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace ChatBot.BotProtocol.Tests.Connector;

public class ConnectorClientFactoryTests
{
    [Fact]
    public async Task Create_AllowedServiceUrl_UsesTheNamedClientAndTheServiceUrl()
    {
        var handler = new RecordingHttpMessageHandler();
        var httpClientFactory = new StubHttpClientFactory(handler);
        var factory = new ConnectorClientFactory(httpClientFactory, Policy());

        var client = factory.Create("http://localhost:3978/prefix");
        await client.SendToConversationAsync("c1", new Activity { Type = ActivityTypes.Message }, CancellationToken.None);

        Assert.Equal([ConnectorHttpClient.Name], httpClientFactory.RequestedNames);
        Assert.Equal("http://localhost:3978/prefix/v3/conversations/c1/activities", Assert.Single(handler.Requests).Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("not a url")]
    public void Create_RefusedServiceUrl_Throws(string serviceUrl)
    {
        var httpClientFactory = new StubHttpClientFactory(new RecordingHttpMessageHandler());
        var factory = new ConnectorClientFactory(httpClientFactory, Policy());

        Assert.Throws<ArgumentException>(() => factory.Create(serviceUrl));
        Assert.Empty(httpClientFactory.RequestedNames);
    }

    private static ServiceUrlPolicy Policy() => new(Options.Create(new BotFrameworkOptions()));
}
