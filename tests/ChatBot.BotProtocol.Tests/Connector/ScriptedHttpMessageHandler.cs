using System.Net;
using ChatBot.BotProtocol.Tests.Fakes;

namespace ChatBot.BotProtocol.Tests.Connector;

/// <summary>
/// Records every request (body read eagerly) and answers with <see cref="Respond"/>, which sees the 0-based call number
/// and may wait on the cancellation token to play a hanging server.
/// </summary>
internal sealed class ScriptedHttpMessageHandler : HttpMessageHandler
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];

    public Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> Respond { get; init; } =
        (_, _, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"sent-1"}""") });

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static ScriptedHttpMessageHandler Answering(Func<int, HttpResponseMessage> respond) =>
        new() { Respond = (_, call, _) => Task.FromResult(respond(call)) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        int call;
        lock (_gate)
        {
            call = _requests.Count;
            _requests.Add(new RecordedRequest(
                request.Method,
                request.RequestUri!,
                request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
                request.Content?.Headers.ContentType?.ToString(),
                body));
        }

        return await Respond(request, call, cancellationToken);
    }
}
