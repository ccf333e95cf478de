using System.Net;
using ChatBot.BotProtocol.Schema;
using Microsoft.Identity.Client;

namespace ChatBot.BotProtocol.Tests.Connector;

public class ConnectorTokenHandlerTests
{
    [Fact]
    public async Task Send_MultiTenant_RequestsClientCredentialsFromTheBotFrameworkTenant()
    {
        using var services = ConnectorTestServices.Create(ConnectorTestServices.MultiTenant);

        await services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None);

        var request = Assert.Single(services.Token.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", request.Uri.GetLeftPart(UriPartial.Path));
        var form = Form(request.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(ConnectorTestServices.AppId, form["client_id"]);
        Assert.Equal(ConnectorTestServices.Secret, form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task Send_SingleTenant_RequestsTheTokenFromTheBotsTenant()
    {
        using var services = ConnectorTestServices.Create(ConnectorTestServices.SingleTenant);

        await services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None);

        var request = Assert.Single(services.Token.Requests);
        Assert.Equal(
            $"https://login.microsoftonline.com/{ConnectorTestServices.TenantId}/oauth2/v2.0/token",
            request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Equal("https://api.botframework.com/.default", Form(request.Body)["scope"]);
    }

    [Fact]
    public async Task Send_ConfiguredLoginUrlAndScope_UsesThem()
    {
        var settings = new Dictionary<string, string?>(ConnectorTestServices.MultiTenant)
        {
            ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.us",
        };
        using var services = ConnectorTestServices.Create(settings);

        await services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None);

        var request = Assert.Single(services.Token.Requests);
        // MSAL lower-cases the authority; host and tenant are case-insensitive anyway.
        Assert.Equal(
            "https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us/oauth2/v2.0/token",
            request.Uri.GetLeftPart(UriPartial.Path),
            ignoreCase: true);
        Assert.Equal("https://api.botframework.us/.default", Form(request.Body)["scope"]);
    }

    [Fact]
    public async Task Send_UserAssignedMsi_AsksTheManagedIdentityEndpointForTheBotFrameworkResource()
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = ConnectorTestServices.AppId,
            ["MicrosoftAppTenantId"] = ConnectorTestServices.TenantId,
            ["MicrosoftAppType"] = "UserAssignedMSI",
        };
        using var services = ConnectorTestServices.Create(settings);

        await services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None);

        var request = Assert.Single(services.Token.Requests);
        var query = Form(request.Uri.Query.TrimStart('?'));
        Assert.Equal("https://api.botframework.com", query["resource"]);
        Assert.Equal(ConnectorTestServices.AppId, query["client_id"]);
        Assert.Equal("Bearer token-1", Assert.Single(services.Connector.Requests).Headers["Authorization"]);
    }

    [Fact]
    public async Task Send_Anonymous_SendsNoAuthorizationAndRequestsNoToken()
    {
        using var services = ConnectorTestServices.Create(ConnectorTestServices.Anonymous);

        await services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None);

        Assert.False(Assert.Single(services.Connector.Requests).Headers.ContainsKey("Authorization"));
        Assert.Empty(services.Token.Requests);
    }

    [Fact]
    public async Task Send_WithAppId_SendsTheBearerToken()
    {
        using var services = ConnectorTestServices.Create(ConnectorTestServices.MultiTenant);

        await services.Client().ReplyToActivityAsync("c1", "a1", Message(), CancellationToken.None);

        Assert.Equal("Bearer token-1", Assert.Single(services.Connector.Requests).Headers["Authorization"]);
    }

    [Fact]
    public async Task Send_Twice_ReusesTheCachedToken()
    {
        using var services = ConnectorTestServices.Create(ConnectorTestServices.MultiTenant);

        await services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None);
        await services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None);

        Assert.Single(services.Token.Requests);
        Assert.All(services.Connector.Requests, request => Assert.Equal("Bearer token-1", request.Headers["Authorization"]));
    }

    [Fact]
    public async Task Send_TokenAboutToExpire_RefreshesIt()
    {
        // A token with less than five minutes left counts as expired, for MSAL's cache and ours.
        using var services = ConnectorTestServices.Create(
            ConnectorTestServices.MultiTenant, token: ConnectorTestServices.TokenEndpoint(expiresIn: 60));

        await services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None);
        await services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None);

        Assert.Equal(2, services.Token.Requests.Count);
        Assert.Equal("Bearer token-2", services.Connector.Requests[1].Headers["Authorization"]);
    }

    [Fact]
    public async Task Send_ManyAtOnce_OneCallerFetchesTheToken()
    {
        using var services = ConnectorTestServices.Create(
            ConnectorTestServices.MultiTenant, token: ConnectorTestServices.TokenEndpoint(delay: TimeSpan.FromMilliseconds(100)));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(
            _ => services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None)));

        Assert.Single(services.Token.Requests);
        Assert.Equal(8, services.Connector.Requests.Count);
    }

    [Fact]
    public async Task Send_TokenEndpointRefuses_FailsWithoutCallingTheConnector()
    {
        var token = ScriptedHttpMessageHandler.Answering(_ => new HttpResponseMessage(HttpStatusCode.Unauthorized)
        {
            Content = new StringContent(
                """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}""",
                System.Text.Encoding.UTF8,
                "application/json"),
        });
        using var services = ConnectorTestServices.Create(ConnectorTestServices.MultiTenant, token: token);

        var exception = await Assert.ThrowsAsync<MsalServiceException>(
            () => services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None));

        Assert.Equal("invalid_client", exception.ErrorCode);
        Assert.Empty(services.Connector.Requests);
        Assert.Contains(services.Logs.Entries, entry => entry.Message.Contains("invalid_client", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_WithAppId_NeverLogsTheSecretOrTheToken()
    {
        using var services = ConnectorTestServices.Create(ConnectorTestServices.MultiTenant);

        await services.Client().SendToConversationAsync("c1", Message(), CancellationToken.None);

        Assert.NotEmpty(services.Logs.Entries);
        Assert.All(services.Logs.Entries, entry =>
        {
            Assert.DoesNotContain(ConnectorTestServices.Secret, entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("token-1", entry.Message, StringComparison.Ordinal);
        });
    }

    private static Activity Message() => new() { Type = ActivityTypes.Message, Text = "hi" };

    private static Dictionary<string, string> Form(string? body) =>
        (body ?? string.Empty)
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(
                pair => Uri.UnescapeDataString(pair[0].Replace('+', ' ')),
                pair => pair.Length > 1 ? Uri.UnescapeDataString(pair[1].Replace('+', ' ')) : string.Empty,
                StringComparer.Ordinal);
}
