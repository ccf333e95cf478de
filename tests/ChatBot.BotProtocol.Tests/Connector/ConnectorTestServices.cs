using System.Net;
using ChatBot.BotProtocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.BotProtocol.Tests.Connector;

/// <summary>
/// The container <see cref="ConnectorServiceCollectionExtensions.AddBotConnector"/> builds, with both named clients
/// answered by scripted handlers (nothing leaves the machine) and waits shortened to milliseconds.
/// </summary>
internal sealed class ConnectorTestServices : IDisposable
{
    public const string AppId = "00000000-0000-0000-0000-00000000a99d";
    public const string Secret = "s3cr3t-never-logged";
    public const string TenantId = "11111111-2222-3333-4444-555555555555";

    private readonly ServiceProvider _provider;

    private ConnectorTestServices(
        IReadOnlyDictionary<string, string?> settings,
        ScriptedHttpMessageHandler connector,
        ScriptedHttpMessageHandler token,
        Action<ConnectorRetryOptions>? configureRetry)
    {
        Connector = connector;
        Token = token;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddOptions();
        services.AddSingleton<IConfiguration>(configuration);
        // AddBotFramework binds these in the host; here only the keys the connector reads.
        services.AddOptions<BotFrameworkOptions>().Configure(options =>
        {
            options.MicrosoftAppId = configuration[nameof(BotFrameworkOptions.MicrosoftAppId)];
            options.MicrosoftAppPassword = configuration[nameof(BotFrameworkOptions.MicrosoftAppPassword)];
            options.MicrosoftAppTenantId = configuration[nameof(BotFrameworkOptions.MicrosoftAppTenantId)];
            options.MicrosoftAppType = configuration[nameof(BotFrameworkOptions.MicrosoftAppType)];
        });

        services.AddBotConnector();

        services.Configure<ConnectorRetryOptions>(options =>
        {
            options.BaseDelay = TimeSpan.FromMilliseconds(1);
            options.MaxDelay = TimeSpan.FromMilliseconds(50);
            configureRetry?.Invoke(options);
        });
        services.AddHttpClient(ConnectorHttpClient.Name).ConfigurePrimaryHttpMessageHandler(() => connector);
        services.AddHttpClient(ConnectorHttpClient.TokenName).ConfigurePrimaryHttpMessageHandler(() => token);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public ScriptedHttpMessageHandler Connector { get; }

    public ScriptedHttpMessageHandler Token { get; }

    public RecordingLoggerProvider Logs { get; } = new();

    public static Dictionary<string, string?> Anonymous => [];

    public static Dictionary<string, string?> MultiTenant => new()
    {
        [nameof(BotFrameworkOptions.MicrosoftAppId)] = AppId,
        [nameof(BotFrameworkOptions.MicrosoftAppPassword)] = Secret,
    };

    public static Dictionary<string, string?> SingleTenant => new(MultiTenant)
    {
        [nameof(BotFrameworkOptions.MicrosoftAppType)] = "SingleTenant",
        [nameof(BotFrameworkOptions.MicrosoftAppTenantId)] = TenantId,
    };

    public static ConnectorTestServices Create(
        IReadOnlyDictionary<string, string?> settings,
        ScriptedHttpMessageHandler? connector = null,
        ScriptedHttpMessageHandler? token = null,
        Action<ConnectorRetryOptions>? configureRetry = null) =>
        new(settings, connector ?? new ScriptedHttpMessageHandler(), token ?? TokenEndpoint(), configureRetry);

    /// <summary>An Entra ID token endpoint that issues <c>token-1</c>, <c>token-2</c>, … valid for <paramref name="expiresIn"/> seconds.</summary>
    public static ScriptedHttpMessageHandler TokenEndpoint(int expiresIn = 3600, TimeSpan delay = default) => new()
    {
        Respond = async (_, call, cancellationToken) =>
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken);
            }

            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(
                    $$"""{"token_type":"Bearer","expires_in":{{expiresIn}},"access_token":"token-{{call + 1}}"}""",
                    System.Text.Encoding.UTF8,
                    "application/json"),
            };
        },
    };

    public IConnectorClient Client(string serviceUrl = "http://localhost:3978/") =>
        _provider.GetRequiredService<IConnectorClientFactory>().Create(serviceUrl);

    public void Dispose() => _provider.Dispose();
}
