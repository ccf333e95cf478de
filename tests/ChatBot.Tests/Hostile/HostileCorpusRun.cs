using System.Net;
using System.Text;
using System.Text.Unicode;

namespace ChatBot.Tests.Hostile;

/// <summary>
/// Sends the whole hostile corpus, one request after another, to one real host (anonymous mode, one serviceUrl
/// prefix allow-listed) and keeps what each request got and which connector calls it caused, for the tests to judge.
/// </summary>
public sealed class HostileCorpusRun : IAsyncLifetime
{
    // The corpus sends thousands of turns in a few conversations; with the per-conversation limit on, all but the first
    // hundred would stop at the limiter instead of reaching the turn they are meant to test (RateLimitTests cover it).
    internal BotApplication App { get; } = new(new Dictionary<string, string?>
    {
        ["BotFramework:AllowedServiceUrls:0"] = HostileTemplates.AllowedServiceUrl,
        ["BotFramework:ConversationRateLimit:Enabled"] = "false",
    });

    internal IReadOnlyList<HostileOutcome> Outcomes { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var client = App.CreateClient();
        var outcomes = new List<HostileOutcome>();
        foreach (var request in HostileCorpus.Cases())
        {
            outcomes.Add(await SendAsync(client, request));
        }

        Outcomes = outcomes;
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    private async Task<HostileOutcome> SendAsync(HttpClient client, HostileRequest request)
    {
        var before = App.Connector.Requests.Count;
        using HttpContent content = request.Chunked ? new ChunkedContent(request.Body) : new ByteArrayContent(request.Body);
        if (request.ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }

        try
        {
            using var response = await client.PostAsync("/api/messages", content);
            var body = await response.Content.ReadAsByteArrayAsync();
            var sent = App.Connector.Requests.Skip(before).Select(call => call.Url).ToList();
            return new HostileOutcome(
                request, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, Encoding.UTF8.GetString(body), Utf8.IsValid(body), sent, Error: null);
        }
#pragma warning disable CA1031 // Whatever the host throws is an outcome to report by the case's name, not a reason to stop the corpus.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var sent = App.Connector.Requests.Skip(before).Select(call => call.Url).ToList();
            return new HostileOutcome(request, Status: null, ContentType: null, Body: "", BodyIsUtf8: true, sent, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    /// <summary>A body with no Content-Length, as a chunked request sends it.</summary>
    private sealed class ChunkedContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
