using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Hostile;

/// <summary>
/// What the logs keep of ordinary conversations: ids, never what people typed or their names, at Information or
/// above; and the app password and tokens never, at any level, nor in an error response.
/// </summary>
public sealed class LogPrivacyTests
{
    private const string AppId = "00000000-0000-0000-0000-00000000b07";
    private const string Password = "Sentinel~AppPassword~7f3e9c";

    [Fact]
    public async Task Post_OrdinaryTurnsOfEveryKind_LogNoTypedTextOrUserNameAtInformationOrAbove()
    {
        using var app = new BotApplication();
        var client = app.CreateClient();

        foreach (var expectReplies in new[] { true, false })
        {
            foreach (var (_, build) in HostileTemplates.All)
            {
                var activity = build(expectReplies);
                activity["id"] = Guid.NewGuid().ToString("N");
                Assert.True((await Activities.PostAsync(client, activity)).IsSuccessStatusCode);
            }
        }

        // A connector in trouble: the failure is logged, with its exception, and must still carry no text.
        app.Connector.FailNext = 10;
        var failing = HostileTemplates.Message(expectReplies: false);
        failing["id"] = "failing-1";
        await Activities.PostAsync(client, failing);

        Assert.Contains(app.Logs.Entries, entry => entry.Level >= LogLevel.Error);
        Assert.DoesNotContain(app.Logs.Entries, entry => entry.Level >= LogLevel.Information && HostileTemplates.IsTyped(entry.Text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic " + Password)]
    [InlineData("Bearer not-a-jwt-" + Password)]
    [InlineData("Bearer {token}")]
    [InlineData("Bearer {token-with-known-issuer}")]
    public async Task Post_WithAnAppIdAndBadCredentials_Answers401AndNeverLogsOrEchoesTheSecretOrToken(string? authorization)
    {
        using var app = new BotApplication(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = Password,
            ["BotFramework:ToBotFromChannelOpenIdMetadataUrl"] = "http://127.0.0.1:9/openid",
            ["Logging:LogLevel:Default"] = "Trace",
        });
        var token = Token("https://evil.example");
        var header = authorization?.Replace("{token}", token, StringComparison.Ordinal)
            .Replace("{token-with-known-issuer}", Token("https://api.botframework.com"), StringComparison.Ordinal);
        var client = app.CreateClient();
        if (header is not null)
        {
            client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(header);
        }

        var response = await Activities.PostAsync(client, Activities.Message("proficient", expectReplies: false));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(app.Logs.Entries, entry => entry.Message.Contains("failed authentication", StringComparison.Ordinal));
        foreach (var secret in new[] { Password, token.Split('.')[1], header?.Split(' ')[^1] ?? Password })
        {
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
            Assert.DoesNotContain(app.Logs.Entries, entry => entry.Text.Contains(secret, StringComparison.Ordinal));
        }
    }

    /// <summary>A JWS-shaped RS256 token carrying the password as a claim; its signature is not valid.</summary>
    private static string Token(string issuer)
    {
        static string Encode(JsonObject part) => Convert.ToBase64String(Encoding.UTF8.GetBytes(part.ToJsonString())).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = "key-1" };
        var payload = new JsonObject
        {
            ["iss"] = issuer,
            ["aud"] = AppId,
            ["serviceurl"] = Activities.ServiceUrl,
            ["secret"] = Password,
            ["exp"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds(),
            ["nbf"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(),
        };
        return $"{Encode(header)}.{Encode(payload)}.c2lnbmF0dXJl";
    }
}
