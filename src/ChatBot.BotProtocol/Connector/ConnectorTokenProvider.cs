using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace ChatBot.BotProtocol.Connector;

/// <summary>
/// The outbound (bot → connector) token through MSAL: client credentials against the Bot Framework tenant
/// (<c>MultiTenant</c>) or the bot's tenant (<c>SingleTenant</c>), or the user-assigned managed identity
/// (<c>UserAssignedMsi</c>). The token is reused until shortly before it expires and one caller at a time refreshes it,
/// like botbuilder-dotnet's <c>MsalAppCredentials</c>. Neither the secret nor the token is ever logged.
/// </summary>
internal sealed partial class ConnectorTokenProvider : IDisposable
{
    internal const string MultiTenant = "MultiTenant";
    internal const string SingleTenant = "SingleTenant";
    internal const string UserAssignedMsi = "UserAssignedMsi";

    // MSAL's own cache hands out a token only while it has more than five minutes left; the same margin here.
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly BotFrameworkOptions _botOptions;
    private readonly IOptions<ConnectorTokenOptions> _tokenOptions;
    private readonly IMsalHttpClientFactory _msalHttpClientFactory;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ConnectorTokenProvider> _logger;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private Func<CancellationToken, Task<AuthenticationResult>>? _acquire;
    private volatile CachedToken? _cached;

    public ConnectorTokenProvider(
        IOptions<BotFrameworkOptions> botOptions,
        IOptions<ConnectorTokenOptions> tokenOptions,
        MsalHttpClientFactory msalHttpClientFactory,
        TimeProvider timeProvider,
        ILogger<ConnectorTokenProvider> logger)
    {
        _botOptions = botOptions.Value;
        // Read on the first token request only, so anonymous mode never evaluates the token settings.
        _tokenOptions = tokenOptions;
        _msalHttpClientFactory = msalHttpClientFactory;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The access token for connector calls.</summary>
    /// <exception cref="MsalException">Entra ID or the managed-identity endpoint refused or failed.</exception>
    /// <exception cref="InvalidOperationException">The <c>MicrosoftApp*</c> settings do not describe a credential.</exception>
    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (FreshToken() is { } token)
        {
            return token;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Whoever waited behind the refresh finds the new token here.
            if (FreshToken() is { } refreshed)
            {
                return refreshed;
            }

            _acquire ??= CreateAcquisition();
            var result = await _acquire(cancellationToken).ConfigureAwait(false);
            _cached = new CachedToken(result.AccessToken, result.ExpiresOn);
            LogAcquired(_logger, AppType, result.ExpiresOn);
            return result.AccessToken;
        }
        catch (MsalException exception)
        {
            LogFailed(_logger, AppType, exception.ErrorCode);
            throw;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    /// <summary>The client-credentials authority for the app type: the configured login URL, or its host with the tenant.</summary>
    internal static string Authority(BotFrameworkOptions botOptions, ConnectorTokenOptions tokenOptions)
    {
        var loginUrl = tokenOptions.ToChannelFromBotLoginUrl.TrimEnd('/');
        if (!string.Equals(TypeOf(botOptions), SingleTenant, StringComparison.OrdinalIgnoreCase))
        {
            return loginUrl;
        }

        if (string.IsNullOrWhiteSpace(botOptions.MicrosoftAppTenantId))
        {
            throw new InvalidOperationException("A SingleTenant bot needs MicrosoftAppTenantId for its outbound token.");
        }

        // https://login.microsoftonline.com/botframework.com → https://login.microsoftonline.com/{tenant}
        var instance = new Uri(loginUrl, UriKind.Absolute).GetLeftPart(UriPartial.Authority);
        return $"{instance}/{Uri.EscapeDataString(botOptions.MicrosoftAppTenantId.Trim())}";
    }

    /// <summary>The client-credentials scope: the audience with <c>/.default</c>.</summary>
    internal static string Scope(ConnectorTokenOptions tokenOptions)
    {
        const string DefaultSuffix = "/.default";
        var audience = tokenOptions.ToChannelFromBotOAuthScope.Trim();
        return audience.EndsWith(DefaultSuffix, StringComparison.OrdinalIgnoreCase)
            ? audience
            : audience.TrimEnd('/') + DefaultSuffix;
    }

    private string AppType => TypeOf(_botOptions);

    private static string TypeOf(BotFrameworkOptions options) =>
        string.IsNullOrWhiteSpace(options.MicrosoftAppType) ? MultiTenant : options.MicrosoftAppType.Trim();

    private string? FreshToken() =>
        _cached is { } cached && cached.ExpiresOn - RefreshMargin > _timeProvider.GetUtcNow() ? cached.AccessToken : null;

    private Func<CancellationToken, Task<AuthenticationResult>> CreateAcquisition()
    {
        var tokenOptions = _tokenOptions.Value;
        var appId = _botOptions.MicrosoftAppId?.Trim();
        if (string.IsNullOrEmpty(appId))
        {
            throw new InvalidOperationException("An outbound token needs MicrosoftAppId.");
        }

        if (string.Equals(AppType, UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            var resource = tokenOptions.ToChannelFromBotOAuthScope.Trim();
            var identity = ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(appId))
                .WithHttpClientFactory(_msalHttpClientFactory)
                .Build();
            return cancellationToken => identity.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken);
        }

        if (!string.Equals(AppType, MultiTenant, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(AppType, SingleTenant, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"MicrosoftAppType must be {MultiTenant}, {SingleTenant} or {UserAssignedMsi}.");
        }

        if (string.IsNullOrEmpty(_botOptions.MicrosoftAppPassword))
        {
            throw new InvalidOperationException($"A {AppType} bot needs MicrosoftAppPassword for its outbound token.");
        }

        // Instance discovery would be one more call to login.microsoftonline.com; the authority is known already.
        var scopes = new[] { Scope(tokenOptions) };
        var application = ConfidentialClientApplicationBuilder
            .Create(appId)
            .WithClientSecret(_botOptions.MicrosoftAppPassword)
            .WithAuthority(Authority(_botOptions, tokenOptions))
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(_msalHttpClientFactory)
            .Build();
        return cancellationToken => application.AcquireTokenForClient(scopes).ExecuteAsync(cancellationToken);
    }

    private sealed record CachedToken(string AccessToken, DateTimeOffset ExpiresOn);

    [LoggerMessage(EventId = 23, Level = LogLevel.Information,
        Message = "Acquired the {AppType} connector token, valid until {ExpiresOn:O}")]
    private static partial void LogAcquired(ILogger logger, string appType, DateTimeOffset expiresOn);

    [LoggerMessage(EventId = 24, Level = LogLevel.Error,
        Message = "Could not acquire the {AppType} connector token: MSAL error {ErrorCode}")]
    private static partial void LogFailed(ILogger logger, string appType, string errorCode);
}
