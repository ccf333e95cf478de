using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBot.BotProtocol.Tests.Authentication;

/// <summary>
/// The channel's OpenID metadata and keys document served by a real Kestrel on 127.0.0.1 with a free port, so
/// the authenticator's real HTTP path runs. <see cref="Publish"/> swaps the keys document (key rotation).
/// </summary>
internal sealed class LoopbackChannelServer : IAsyncDisposable
{
    private const string MetadataPath = "/v1/.well-known/openidconfiguration";
    private const string KeysPath = "/v1/.well-known/keys";

    private readonly WebApplication _app;
    private string _keysDocument = """{"keys":[]}""";
    private int _keysRequests;

    private LoopbackChannelServer(WebApplication app) => _app = app;

    public string BaseUrl => _app.Urls.Single().TrimEnd('/');

    public string MetadataUrl => BaseUrl + MetadataPath;

    /// <summary>How many times the keys document was fetched.</summary>
    public int KeysRequests => Volatile.Read(ref _keysRequests);

    public static async Task<LoopbackChannelServer> StartAsync(params ChannelSigningKey[] keys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackChannelServer(app);
        server.Publish(keys);

        app.MapGet(MetadataPath, () => Results.Text(
            JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["issuer"] = ChannelSigningKey.Issuer,
                ["jwks_uri"] = server.BaseUrl + KeysPath,
            }),
            "application/json"));
        app.MapGet(KeysPath, () =>
        {
            Interlocked.Increment(ref server._keysRequests);
            return Results.Text(Volatile.Read(ref server._keysDocument), "application/json");
        });

        await app.StartAsync();
        return server;
    }

    public void Publish(params ChannelSigningKey[] keys) =>
        Volatile.Write(ref _keysDocument, JsonSerializer.Serialize(new { keys = keys.Select(key => key.Jwk()) }));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
