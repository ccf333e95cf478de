using System.Text;
using System.Text.Json;
using ChatBot.BotProtocol.Authentication;
using ChatBot.BotProtocol.Connector;
using ChatBot.BotProtocol.Hosting;
using ChatBot.BotProtocol.Schema;
using ChatBot.BotProtocol.Tests.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.BotProtocol.Tests.Authentication;

public sealed class AuthenticationServiceCollectionExtensionsTests : IAsyncLifetime, IDisposable
{
    private readonly ChannelSigningKey _key = new("key-1", "msteams");
    private readonly RecordingHttpMessageHandler _connector = new();
    private LoopbackChannelServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackChannelServer.StartAsync(_key);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _key.Dispose();
        _connector.Dispose();
    }

    [Fact]
    public void AddBotFramework_NoAppId_RegistersTheAnonymousAuthenticator()
    {
        using var provider = BuildProvider([]);

        Assert.IsType<AnonymousDevelopmentAuthenticator>(provider.GetRequiredService<IRequestAuthenticator>());
    }

    [Fact]
    public void AddBotFramework_AppId_StartsAndRegistersTheChannelTokenAuthenticator()
    {
        using var provider = BuildProvider(AuthenticatedSettings());

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<ChannelTokenAuthenticator>(provider.GetRequiredService<IRequestAuthenticator>());
    }

    [Fact]
    public void AddBotFramework_Configuration_BindsTheInboundTokenKeysFromTheRoot()
    {
        using var provider = BuildProvider(AuthenticatedSettings());

        var options = provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;

        Assert.Equal(_server.MetadataUrl, options.ToBotFromChannelOpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.ToBotFromChannelTokenIssuer);
    }

    [Fact]
    public void AddBotFramework_EmptyConfiguration_UsesThePublicCloudInboundTokenDefaults()
    {
        using var provider = BuildProvider([]);

        var options = provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;

        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.ToBotFromChannelOpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.ToBotFromChannelTokenIssuer);
    }

    [Fact]
    public void AddBotFramework_HttpMetadataUrlForNonLoopbackHost_IsRefusedAtStartUp()
    {
        var settings = AuthenticatedSettings();
        settings["ToBotFromChannelOpenIdMetadataUrl"] = "http://login.botframework.com/v1/.well-known/openidconfiguration";
        using var provider = BuildProvider(settings);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ToBotFromChannelOpenIdMetadataUrl", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotFramework_InvalidCredentials_RefusedWithoutEchoingTheSecret()
    {
        var settings = AuthenticatedSettings();
        settings["MicrosoftAppType"] = "UserAssignedMSI";
        settings["MicrosoftAppTenantId"] = "tenant-1";
        using var provider = BuildProvider(settings);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("MicrosoftAppPassword", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(settings["MicrosoftAppPassword"]!, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not.a.jwt")]
    [InlineData("wrong-audience")]
    public async Task Process_AuthenticatedModeWithoutAValidToken_Answers401AndRunsNoTurn(string? header)
    {
        using var provider = BuildProvider(AuthenticatedSettings());
        var bot = DelegateBot.Echo();
        if (header == "wrong-audience")
        {
            header = "Bearer " + _key.CreateToken(audience: "00000000-0000-0000-0000-0000000000b2");
        }

        var context = Post(Message(), header);
        await provider.GetRequiredService<CloudAdapter>().ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(401, context.Response.StatusCode);
        Assert.Equal(0, ((MemoryStream)context.Response.Body).Length);
        Assert.Equal(0, bot.Turns);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Process_AuthenticatedModeWithAValidToken_RunsTheTurnForTheVouchedServiceUrl()
    {
        using var provider = BuildProvider(AuthenticatedSettings());
        var bot = new DelegateBot((_, _) => Task.CompletedTask);

        // Not loopback and not allow-listed: the token's serviceurl claim vouches for it.
        var context = Post(Message(), "Bearer " + _key.CreateToken());
        await provider.GetRequiredService<CloudAdapter>().ProcessAsync(context.Request, context.Response, bot);

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal(1, bot.Turns);
    }

    private Dictionary<string, string?> AuthenticatedSettings() => new()
    {
        ["MicrosoftAppId"] = ChannelSigningKey.AppId,
        ["MicrosoftAppPassword"] = "s3cr3t-value",
        ["ToBotFromChannelOpenIdMetadataUrl"] = _server.MetadataUrl,
    };

    private ServiceProvider BuildProvider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBotFramework(configuration);
        services.AddHttpClient(ConnectorHttpClient.Name).ConfigurePrimaryHttpMessageHandler(() => _connector);
        return services.BuildServiceProvider();
    }

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Id = "act-1",
        ChannelId = "msteams",
        ServiceUrl = ChannelSigningKey.ServiceUrl,
        Text = "hello",
        From = new ChannelAccount { Id = "29:user" },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = "a:conversation" },
    };

    private static DefaultHttpContext Post(Activity activity, string? authorization)
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(activity, BotProtocolJsonContext.Default.Activity));
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes);
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        context.Response.Body = new MemoryStream();
        return context;
    }
}
