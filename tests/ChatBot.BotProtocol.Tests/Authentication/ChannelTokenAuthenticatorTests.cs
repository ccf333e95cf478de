using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using ChatBot.BotProtocol.Authentication;
using ChatBot.BotProtocol.Schema;
using ChatBot.BotProtocol.Tests.Fakes;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.BotProtocol.Tests.Authentication;

public sealed class ChannelTokenAuthenticatorTests : IAsyncLifetime, IDisposable
{
    private readonly ChannelSigningKey _key = new("key-1", "msteams", "webchat");
    private readonly SocketsHttpHandler _httpHandler = new();
    private readonly StubHttpClientFactory _httpClientFactory;
    private LoopbackChannelServer _server = null!;

    public ChannelTokenAuthenticatorTests() => _httpClientFactory = new StubHttpClientFactory(_httpHandler);

    public async Task InitializeAsync() => _server = await LoopbackChannelServer.StartAsync(_key);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _key.Dispose();
        _httpHandler.Dispose();
    }

    [Fact]
    public async Task Authenticate_ValidToken_Passes()
    {
        var outcome = await Authenticate(Bearer(_key.CreateToken()));

        Assert.True(outcome.IsAuthenticated, outcome.FailureReason);
        Assert.Equal("Bearer", outcome.ClaimsIdentity!.AuthenticationType);
        Assert.Equal(ChannelSigningKey.AppId, outcome.ClaimsIdentity.FindFirst("aud")?.Value);
        Assert.Equal(ChannelSigningKey.ServiceUrl, outcome.ClaimsIdentity.FindFirst("serviceurl")?.Value);
    }

    [Fact]
    public async Task Authenticate_ValidToken_FetchesKeysThroughTheNamedClient()
    {
        await Authenticate(Bearer(_key.CreateToken()));

        Assert.NotEmpty(_httpClientFactory.RequestedNames);
        Assert.All(_httpClientFactory.RequestedNames, name => Assert.Equal(OpenIdMetadataHttpClient.Name, name));
    }

    [Fact]
    public async Task Authenticate_ServiceUrlDifferingOnlyInCase_Passes()
    {
        var outcome = await Authenticate(
            Bearer(_key.CreateToken()), Message(serviceUrl: ChannelSigningKey.ServiceUrl.ToUpperInvariant()));

        Assert.True(outcome.IsAuthenticated, outcome.FailureReason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Authenticate_MissingHeader_Fails(string? header) =>
        AssertFails(await Authenticate(header));

    [Theory]
    [InlineData("Basic dXNlcjpwdw==")]
    [InlineData("bearer {token}")]
    [InlineData("Bearer  {token}")]
    [InlineData("Bearer {token} extra")]
    [InlineData("{token}")]
    [InlineData("Bearer ")]
    public async Task Authenticate_WrongScheme_Fails(string header) =>
        AssertFails(await Authenticate(header.Replace("{token}", _key.CreateToken(), StringComparison.Ordinal)));

    [Fact]
    public async Task Authenticate_TwoPartToken_Fails()
    {
        var parts = _key.CreateToken().Split('.');

        AssertFails(await Authenticate(Bearer($"{parts[0]}.{parts[1]}")), "compact JWS");
    }

    [Fact]
    public async Task Authenticate_GarbageThreePartToken_Fails() =>
        AssertFails(await Authenticate(Bearer("not.a.jwt")));

    [Fact]
    public async Task Authenticate_AlgHs256_Fails()
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef")) { KeyId = "key-1" };
        var token = new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(
            ChannelSigningKey.Issuer,
            ChannelSigningKey.AppId,
            [new Claim("serviceurl", ChannelSigningKey.ServiceUrl)],
            DateTime.UtcNow.AddMinutes(-1),
            DateTime.UtcNow.AddHours(1),
            new SigningCredentials(key, SecurityAlgorithms.HmacSha256)));

        AssertFails(await Authenticate(Bearer(token)), "algorithm");
    }

    [Fact]
    public async Task Authenticate_AlgNone_Fails()
    {
        var now = DateTimeOffset.UtcNow;
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT","kid":"key-1"}""");
        var payload = Base64UrlEncoder.Encode(
            $$"""{"iss":"{{ChannelSigningKey.Issuer}}","aud":"{{ChannelSigningKey.AppId}}","serviceurl":"{{ChannelSigningKey.ServiceUrl}}","nbf":{{now.AddMinutes(-1).ToUnixTimeSeconds()}},"exp":{{now.AddHours(1).ToUnixTimeSeconds()}}}""");

        AssertFails(await Authenticate(Bearer($"{header}.{payload}.")), "algorithm");
    }

    [Fact]
    public async Task Authenticate_UnknownIssuer_Fails() =>
        AssertFails(await Authenticate(Bearer(_key.CreateToken(issuer: "https://sts.evil.example/"))), "issued");

    [Fact]
    public async Task Authenticate_WrongAudience_Fails() =>
        AssertFails(await Authenticate(Bearer(_key.CreateToken(audience: "00000000-0000-0000-0000-0000000000b2"))), "audience");

    [Fact]
    public async Task Authenticate_ExpiredBeyondFiveMinuteSkew_Fails() =>
        AssertFails(
            await Authenticate(Bearer(_key.CreateToken(
                notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-6)))),
            "expired");

    [Fact]
    public async Task Authenticate_ExpiredWithinFiveMinuteSkew_Passes()
    {
        var outcome = await Authenticate(Bearer(_key.CreateToken(
            notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-4))));

        Assert.True(outcome.IsAuthenticated, outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_NotYetValid_Fails() =>
        AssertFails(
            await Authenticate(Bearer(_key.CreateToken(
                notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1)))),
            "not valid yet");

    [Fact]
    public async Task Authenticate_ServiceUrlClaimMismatch_Fails() =>
        AssertFails(
            await Authenticate(Bearer(_key.CreateToken(serviceUrl: "https://smba.trafficmanager.net/emea/"))),
            "serviceurl");

    [Fact]
    public async Task Authenticate_MissingServiceUrlClaim_Fails() =>
        AssertFails(await Authenticate(Bearer(_key.CreateToken(serviceUrl: null))), "serviceurl");

    [Fact]
    public async Task Authenticate_ChannelIdNotInEndorsements_Fails() =>
        AssertFails(await Authenticate(Bearer(_key.CreateToken()), Message(channelId: "slack")), "endorsed");

    [Fact]
    public async Task Authenticate_EmptyChannelId_Fails() =>
        AssertFails(await Authenticate(Bearer(_key.CreateToken()), Message(channelId: null)), "endorsed");

    [Fact]
    public async Task Authenticate_KeyWithNoEndorsementsEntry_Fails()
    {
        using var unendorsed = new ChannelSigningKey("key-2", endorsements: null);
        _server.Publish(_key, unendorsed);

        AssertFails(await Authenticate(Bearer(unendorsed.CreateToken())), "no endorsements");
    }

    [Fact]
    public async Task Authenticate_TokenSignedByUnknownKey_Fails()
    {
        using var stranger = new ChannelSigningKey("stranger", "msteams");

        AssertFails(await Authenticate(Bearer(stranger.CreateToken())), "does not publish");
    }

    [Fact]
    public async Task Authenticate_TokenSignedByAnotherKeyUnderAKnownKid_Fails()
    {
        using var forger = new ChannelSigningKey("key-1", "msteams");

        AssertFails(await Authenticate(Bearer(forger.CreateToken())));
    }

    [Fact]
    public async Task Authenticate_TokenWithNewKidAfterKeyRotation_PassesAfterRefresh()
    {
        using var rotated = new ChannelSigningKey("key-2", "msteams");
        var authenticator = CreateAuthenticator(refreshInterval: TimeSpan.FromSeconds(1));
        Assert.True((await authenticator.AuthenticateAsync(Bearer(_key.CreateToken()), Message(), CancellationToken.None)).IsAuthenticated);

        // The channel publishes the new key after our first fetch; RequestRefresh waits out its minimum interval.
        _server.Publish(_key, rotated);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var outcome = await authenticator.AuthenticateAsync(Bearer(rotated.CreateToken()), Message(), CancellationToken.None);

        Assert.True(outcome.IsAuthenticated, outcome.FailureReason);
        Assert.Equal(2, _server.KeysRequests);
    }

    [Fact]
    public async Task Authenticate_MetadataUnreachable_Fails()
    {
        var options = Options.Create(new BotFrameworkOptions
        {
            MicrosoftAppId = ChannelSigningKey.AppId,
            ToBotFromChannelOpenIdMetadataUrl = _server.BaseUrl + "/missing",
        });
        var authenticator = new ChannelTokenAuthenticator(options, _httpClientFactory, refreshInterval: null);

        AssertFails(
            await authenticator.AuthenticateAsync(Bearer(_key.CreateToken()), Message(), CancellationToken.None),
            "could not be retrieved");
    }

    [Fact]
    public async Task Authenticate_AnyFailure_ReasonHoldsNoTokenContents()
    {
        var token = _key.CreateToken(audience: "secret-audience-value");

        var outcome = await Authenticate(Bearer(token));

        AssertFails(outcome);
        Assert.DoesNotContain("secret-audience-value", outcome.FailureReason, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJ", outcome.FailureReason, StringComparison.Ordinal);
    }

    private static string Bearer(string token) => $"Bearer {token}";

    private static Activity Message(string? channelId = "msteams", string? serviceUrl = ChannelSigningKey.ServiceUrl) =>
        new() { Type = ActivityTypes.Message, ChannelId = channelId, ServiceUrl = serviceUrl };

    private static void AssertFails(AuthenticationOutcome outcome, string? reasonContains = null)
    {
        Assert.False(outcome.IsAuthenticated);
        Assert.Null(outcome.ClaimsIdentity);
        Assert.False(string.IsNullOrEmpty(outcome.FailureReason));
        if (reasonContains is not null)
        {
            Assert.Contains(reasonContains, outcome.FailureReason, StringComparison.Ordinal);
        }
    }

    private ChannelTokenAuthenticator CreateAuthenticator(TimeSpan? refreshInterval = null) => new(
        Options.Create(new BotFrameworkOptions
        {
            MicrosoftAppId = ChannelSigningKey.AppId,
            MicrosoftAppPassword = "not-used-inbound",
            ToBotFromChannelOpenIdMetadataUrl = _server.MetadataUrl,
        }),
        _httpClientFactory,
        refreshInterval);

    private Task<AuthenticationOutcome> Authenticate(string? header, Activity? activity = null) =>
        CreateAuthenticator().AuthenticateAsync(header, activity ?? Message(), CancellationToken.None).AsTask();
}
