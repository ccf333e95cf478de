using System.Net;
using ChatBot.BotProtocol.Connector;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests;

/// <summary>
/// The real bot host in memory, with the connector's HTTP handler replaced by one that records replies, and every
/// log entry recorded (at the levels the host's configuration lets through).
/// </summary>
internal sealed class BotApplication(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public RecordingHandler Connector { get; } = new();

    public RecordingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddHttpClient(ConnectorHttpClient.Name).ConfigurePrimaryHttpMessageHandler(() => Connector);
            services.AddSingleton<ILoggerProvider>(Logs);
        });
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

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"reply-1"}""", System.Text.Encoding.UTF8, "application/json") };
    }
}
