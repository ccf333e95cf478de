using ChatBot.BotProtocol.Authentication;
using ChatBot.BotProtocol.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.BotProtocol.Tests.Authentication;

public class AnonymousDevelopmentAuthenticatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Authenticate_NoCredentials_IsAnonymous(string? header)
    {
        var outcome = await CreateAuthenticator().AuthenticateAsync(header, Message(), CancellationToken.None);

        Assert.True(outcome.IsAuthenticated);
        Assert.Equal("anonymous", outcome.ClaimsIdentity!.AuthenticationType);
        Assert.Empty(outcome.ClaimsIdentity.Claims);
    }

    [Theory]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwdw==")]
    public async Task Authenticate_AnyCredentials_Fails(string header)
    {
        var outcome = await CreateAuthenticator().AuthenticateAsync(header, Message(), CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
        Assert.Null(outcome.ClaimsIdentity);
        Assert.False(string.IsNullOrEmpty(outcome.FailureReason));
        Assert.DoesNotContain("eyJ", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_AppIdConfigured_FailsEvenWithoutCredentials()
    {
        var outcome = await CreateAuthenticator(appId: "00000000-0000-0000-0000-000000000001")
            .AuthenticateAsync(null, Message(), CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
    }

    private static AnonymousDevelopmentAuthenticator CreateAuthenticator(string? appId = null) =>
        new(Options.Create(new BotFrameworkOptions { MicrosoftAppId = appId }));

    private static Activity Message() => new() { Type = ActivityTypes.Message, ChannelId = "emulator" };
}
