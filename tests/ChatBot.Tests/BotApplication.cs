using System.Net;
using ChatBot.BotProtocol.Connector;
using ChatBot.Seeds;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests;

/// <summary>
/// The real bot host in memory, with the connector's HTTP handler replaced by one that records replies, and every
/// log entry recorded (at the levels the host's configuration lets through). Like an orchestrator that waits for
/// /readyz, it hands out the host once the store is loaded (or failed to load).
/// </summary>
internal sealed class BotApplication(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(60);

    public RecordingHandler Connector { get; } = new();

    public RecordingLoggerProvider Logs { get; } = new();

    /// <summary>False for a test of the time before the store is loaded.</summary>
    public bool WaitsForTheStore { get; init; } = true;

    /// <summary>The store the bot answers from now.</summary>
    internal KnowledgeSnapshot Knowledge => Services.GetRequiredService<CurrentKnowledge>().Require();

    /// <summary>The running host, for tests that stop it as SIGTERM would.</summary>
    public IHost? Host { get; private set; }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        Host = host;
        // A host whose first load fails stops and disposes its services at once: only a waiting test resolves them.
        if (WaitsForTheStore && !((IAsyncResult)host.Services.GetRequiredService<CurrentKnowledge>().FirstLoad).AsyncWaitHandle.WaitOne(LoadTimeout))
        {
            throw new TimeoutException($"The store did not load within {LoadTimeout}.");
        }

        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Each host is its own deployment unless a test says otherwise, so hosts sharing a Redis (this suite run with
        // ConnectionStrings__Redis set, or the several-instance tests) never see each other's conversations.
        builder.UseSetting("Redis:KeyPrefix", $"tests:{Guid.NewGuid():N}");
        // Configuration files are read once, not watched: the user-secrets file's watcher outlives its host (one inotify
        // instance per host, which exhausted the per-user limit of 128 within the suite), and no test edits them.
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");

        // Anonymous unless a test says otherwise: the host runs in Development, where it reads a developer's user
        // secrets, and an app id kept there for a dev tunnel must not turn every test into a 401.
        foreach (var key in (string[])["MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "MicrosoftAppType"])
        {
            builder.UseSetting(key, "");
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(collection =>
        {
            collection.AddHttpClient(ConnectorHttpClient.Name).ConfigurePrimaryHttpMessageHandler(() => Connector);
            collection.AddSingleton<ILoggerProvider>(Logs);
        });
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}

/// <summary>Records each outbound request (method, URL, body) and answers like a connector would.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly List<(HttpMethod Method, Uri Url, string Body)> _requests = [];

    public IReadOnlyList<(HttpMethod Method, Uri Url, string Body)> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>How many of the next requests fail with 500, as a connector in trouble would.</summary>
    public int FailNext { get; set; }

    /// <summary>When set, answers each request instead of the default 200 (after it is recorded): a connector in trouble.</summary>
    public Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? Behaviour { get; set; }

    /// <summary>While set, requests are recorded and then wait for it, as on a slow connector.</summary>
    public TaskCompletionSource? Hold { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (_requests)
        {
            _requests.Add((request.Method, request.RequestUri!, body));
            if (FailNext > 0)
            {
                FailNext--;
                return new HttpResponseMessage(HttpStatusCode.InternalServerError);
            }
        }

        if (Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }

        if (Behaviour is { } behaviour)
        {
            return await behaviour(request, cancellationToken);
        }

        return Ok();
    }

    /// <summary>What a healthy connector answers: 200 with the new activity's id.</summary>
    public static HttpResponseMessage Ok() => new(HttpStatusCode.OK) { Content = new StringContent("""{"id":"reply-1"}""", System.Text.Encoding.UTF8, "application/json") };
}
