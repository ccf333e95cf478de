using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using ChatBot.BotProtocol.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.BotProtocol.Authentication;

/// <summary>
/// Validates the Bot Framework channel's bearer token the way botbuilder-dotnet's ChannelValidation and
/// JwtTokenExtractor do: RS256/384/512 only, the configured issuer, lifetime with 5 minutes' skew, a key from the
/// channel's OpenID metadata, then by hand the audience (our app id), the <c>serviceurl</c> claim (the activity's
/// serviceUrl) and the signing key's endorsements (the activity's channelId).
/// Failure reasons are for the log: they never contain the token, its claims or a secret.
/// </summary>
internal sealed class ChannelTokenAuthenticator : IRequestAuthenticator
{
    internal const string AuthenticationType = "Bearer";
    internal const string ServiceUrlClaim = "serviceurl";
    internal const string AudienceClaim = "aud";

    internal static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    // The Bot Framework docs ask for a refresh at least every 24 hours; 12 hours is the IdentityModel default.
    internal static readonly TimeSpan KeysAutomaticRefreshInterval = TimeSpan.FromHours(12);

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotFrameworkOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _configurationManager;
    private readonly JwtSecurityTokenHandler _tokenHandler = new() { MapInboundClaims = false };

    public ChannelTokenAuthenticator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory)
        : this(options, httpClientFactory, refreshInterval: null)
    {
    }

    /// <param name="options">The protocol settings.</param>
    /// <param name="httpClientFactory">Creates the <see cref="OpenIdMetadataHttpClient.Name"/> client.</param>
    /// <param name="refreshInterval">
    /// How long after a fetch an unknown key may trigger another (IdentityModel's default, 30 s, when null);
    /// tests shorten it to see a key rotation.
    /// </param>
    internal ChannelTokenAuthenticator(
        IOptions<BotFrameworkOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeSpan? refreshInterval)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _configurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
            _options.ToBotFromChannelOpenIdMetadataUrl,
            new ChannelOpenIdConfigurationRetriever(),
            new HttpClientFactoryDocumentRetriever(httpClientFactory))
        {
            AutomaticRefreshInterval = KeysAutomaticRefreshInterval,
        };
        if (refreshInterval is { } interval)
        {
            _configurationManager.RefreshInterval = interval;
        }
    }

    public async ValueTask<AuthenticationOutcome> AuthenticateAsync(
        string? authorizationHeader,
        Activity activity,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (_options.IsAnonymous)
        {
            return AuthenticationOutcome.Failure("No MicrosoftAppId is configured to validate the token against.");
        }

        var token = ReadBearerToken(authorizationHeader);
        if (token is null)
        {
            return AuthenticationOutcome.Failure("The Authorization header is missing or is not 'Bearer <token>'.");
        }

        // Exactly three parts: a compact JWS, not a JWE (five) or a bare payload.
        if (token.Split('.').Length != 3)
        {
            return AuthenticationOutcome.Failure("The token is not a compact JWS.");
        }

        JwtSecurityToken unvalidated;
        try
        {
            unvalidated = _tokenHandler.ReadJwtToken(token);
        }
        catch (ArgumentException)
        {
            return AuthenticationOutcome.Failure("The token cannot be read as a JWT.");
        }

        if (!AllowedAlgorithms.Contains(unvalidated.Header.Alg, StringComparer.Ordinal))
        {
            return AuthenticationOutcome.Failure("The token's signing algorithm is not RS256, RS384 or RS512.");
        }

        // Cheap pre-check before any key retrieval or signature work, as the SDK's HasAllowedIssuer.
        if (!string.Equals(unvalidated.Issuer, _options.ToBotFromChannelTokenIssuer, StringComparison.Ordinal))
        {
            return AuthenticationOutcome.Failure("The token was not issued by the configured channel token issuer.");
        }

        var validation = await ValidateAsync(token, refreshOnUnknownKey: true, cancellationToken).ConfigureAwait(false);
        if (validation.FailureReason is { } reason)
        {
            return AuthenticationOutcome.Failure(reason);
        }

        return CheckBindings(validation.Principal!, validation.Token!, validation.Configuration!, activity);
    }

    private async Task<Validation> ValidateAsync(string token, bool refreshOnUnknownKey, CancellationToken cancellationToken)
    {
        ChannelOpenIdConfiguration configuration;
        try
        {
            configuration = (ChannelOpenIdConfiguration)await _configurationManager.GetConfigurationAsync(cancellationToken)
                .ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // ConfigurationManager wraps every retrieval failure while it has no configuration yet.
            return Validation.Failed("The channel's OpenID metadata or signing keys could not be retrieved.");
        }

        try
        {
            var principal = _tokenHandler.ValidateToken(token, Parameters(configuration), out var validatedToken);
            return new Validation(principal, (JwtSecurityToken)validatedToken, configuration, FailureReason: null);
        }
        catch (SecurityTokenSignatureKeyNotFoundException) when (refreshOnUnknownKey)
        {
            // The channel may have rotated its keys since the last fetch: refetch (rate-limited by
            // RefreshInterval) and try once more.
            _configurationManager.RequestRefresh();
            return await ValidateAsync(token, refreshOnUnknownKey: false, cancellationToken).ConfigureAwait(false);
        }
        catch (SecurityTokenSignatureKeyNotFoundException)
        {
            return Validation.Failed("The token is signed by a key the channel does not publish.");
        }
        catch (SecurityTokenInvalidSignatureException)
        {
            return Validation.Failed("The token's signature is not valid.");
        }
        catch (SecurityTokenExpiredException)
        {
            return Validation.Failed("The token has expired.");
        }
        catch (SecurityTokenNotYetValidException)
        {
            return Validation.Failed("The token is not valid yet.");
        }
        catch (SecurityTokenNoExpirationException)
        {
            return Validation.Failed("The token has no expiry.");
        }
        catch (SecurityTokenInvalidIssuerException)
        {
            return Validation.Failed("The token was not issued by the configured channel token issuer.");
        }
        catch (SecurityTokenException exception)
        {
            // The type name only: IdentityModel messages can quote the token.
            return Validation.Failed($"The token failed validation ({exception.GetType().Name}).");
        }
        catch (ArgumentException)
        {
            return Validation.Failed("The token cannot be read as a JWT.");
        }
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = _options.ToBotFromChannelTokenIssuer,

        // Checked by hand against MicrosoftAppId, as the SDK does.
        ValidateAudience = false,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = AllowedAlgorithms,
    };

    private AuthenticationOutcome CheckBindings(
        ClaimsPrincipal principal,
        JwtSecurityToken token,
        ChannelOpenIdConfiguration configuration,
        Activity activity)
    {
        var audience = principal.FindFirst(AudienceClaim)?.Value;
        if (string.IsNullOrEmpty(audience) || !string.Equals(audience, _options.MicrosoftAppId, StringComparison.Ordinal))
        {
            return AuthenticationOutcome.Failure("The token's audience is not this bot's MicrosoftAppId.");
        }

        var serviceUrl = principal.FindFirst(ServiceUrlClaim)?.Value;
        if (string.IsNullOrWhiteSpace(serviceUrl))
        {
            return AuthenticationOutcome.Failure("The token has no serviceurl claim.");
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl)
            || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Failure("The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        // The key that verified the signature; the header's kid when the key has no id of its own.
        var keyId = token.SigningKey?.KeyId ?? token.Header.Kid;
        if (keyId is null || !configuration.Endorsements.TryGetValue(keyId, out var endorsements))
        {
            return AuthenticationOutcome.Failure("The token's signing key has no endorsements.");
        }

        // Stricter than the SDK, which lets an empty channelId pass: every channel activity names its channel.
        if (string.IsNullOrEmpty(activity.ChannelId) || !endorsements.Contains(activity.ChannelId))
        {
            return AuthenticationOutcome.Failure("The token's signing key is not endorsed for the activity's channel.");
        }

        return AuthenticationOutcome.Success(new ClaimsIdentity(principal.Claims, AuthenticationType));
    }

    private static string? ReadBearerToken(string? authorizationHeader)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return null;
        }

        // Exactly "Bearer <token>": the scheme compared ordinally and one separating space, as the SDK's extractor.
        var parts = authorizationHeader.Split(' ');
        return parts.Length == 2 && string.Equals(parts[0], "Bearer", StringComparison.Ordinal) && parts[1].Length > 0
            ? parts[1]
            : null;
    }

    private sealed record Validation(
        ClaimsPrincipal? Principal,
        JwtSecurityToken? Token,
        ChannelOpenIdConfiguration? Configuration,
        string? FailureReason)
    {
        public static Validation Failed(string reason) => new(null, null, null, reason);
    }
}
