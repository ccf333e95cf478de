using ChatBot.BotProtocol.Hosting;
using ChatBot.Seeds;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Benchmarks;

/// <summary>
/// The real host's services (store, reader, composer, caches, adapter) built as the bot builds them, with a turn
/// run straight through the <see cref="CloudAdapter"/> on an in-memory request: everything but Kestrel and routing.
/// </summary>
internal sealed class InProcessBot : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly CloudAdapter _adapter;
    private readonly IBot _bot;

    public InProcessBot(string seedFolder)
    {
        // The host's content (appsettings.json) is copied beside this assembly; there is no solution folder to find
        // when the benchmarks run from an artifacts path.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CHATBOT", AppContext.BaseDirectory);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Seeds:Path", seedFolder);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        var services = _factory.Services;
        services.GetRequiredService<CurrentKnowledge>().FirstLoad.GetAwaiter().GetResult();
        _adapter = services.GetRequiredService<CloudAdapter>();
        _bot = services.GetRequiredService<IBot>();
    }

    /// <summary>Posts <paramref name="body"/> as the channel would and returns the status and response body size.</summary>
    public async Task<(int Status, long Bytes)> PostAsync(byte[] body)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body, writable: false);
        var response = new MemoryStream();
        context.Response.Body = response;
        await _adapter.ProcessAsync(context.Request, context.Response, _bot);
        return (context.Response.StatusCode, response.Length);
    }

    public void Dispose() => _factory.Dispose();
}
