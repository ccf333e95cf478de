using System.Diagnostics;

namespace ChatBot.Soak;

/// <summary>
/// The open-loop load: request i is due at start + i / rate whatever the answers before it did, and its latency is
/// counted from when it was due, so a slow bot cannot slow the load down and hide its own delay. The requests go
/// round-robin to a fixed number of conversations in flight; each conversation takes a few turns, one after another,
/// then gives its place to a new one, so the run covers many more conversations than are active at once.
/// </summary>
internal sealed class LoadDriver(HttpClient http, SoakOptions options, QuestionBook book, SoakResults results)
{
    /// <summary>Conversations taking turns at any moment; far fewer than the contexts the bot keeps, so none is evicted mid-conversation.</summary>
    public const int InFlight = 64;

    private static readonly TimeSpan OneMillisecond = TimeSpan.FromMilliseconds(1);

    private readonly string _nonce = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Turns per conversation: enough requests for the conversations asked for, and at least two.</summary>
    public int TurnsPerConversation => Math.Max(2, options.TotalRequests / options.Conversations);

    public int ConversationsDriven => (options.TotalRequests + TurnsPerConversation - 1) / TurnsPerConversation;

    /// <summary>Sends every request on schedule from <paramref name="start"/> (a Stopwatch timestamp); returns when the last is sent.</summary>
    public async Task<Task> SendAllAsync(long start)
    {
        var slots = Math.Min(InFlight, ConversationsDriven);
        var tails = Enumerable.Repeat(Task.CompletedTask, slots).ToArray();
        var scripts = new ConversationScript?[slots];
        var turnsTaken = new int[slots];
        var nextConversation = 0;
        var ticksPerRequest = (double)Stopwatch.Frequency / options.Rate;
        for (var i = 0; i < options.TotalRequests; i++)
        {
            var due = start + (long)(i * ticksPerRequest);
            // Never early: a delay shorter than the timer's millisecond would return at once.
            while (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due) is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait < OneMillisecond ? OneMillisecond : wait);
            }

            var slot = i % slots;
            if (turnsTaken[slot]++ % TurnsPerConversation == 0)
            {
                var conversation = nextConversation++;
                scripts[slot] = new ConversationScript($"a:1Soak{_nonce}Conversation{conversation}", book, new Random(conversation));
            }

            tails[slot] = TakeTurnAsync(tails[slot], scripts[slot]!, $"soak-{_nonce}-{i}", slot, due);
        }

        return Task.WhenAll(tails);
    }

    private async Task TakeTurnAsync(Task previous, ConversationScript script, string activityId, int user, long due)
    {
        await previous;
        var turn = script.Next();
        string? fault;
        List<CardButton>? buttons = null;
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var content = new ByteArrayContent(TeamsActivity.For(turn, activityId, script.ConversationId, user));
            content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
            using var response = await http.PostAsync(options.Endpoint, content);
            var body = await response.Content.ReadAsByteArrayAsync();
            buttons = AnswerCheck.Check(turn, response.StatusCode, body, book.Framework, out fault);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            fault = $"{exception.GetType().Name}: {exception.Message}";
        }

        results.Record(turn, script.ConversationId, new Latency(Stopwatch.GetElapsedTime(due), Stopwatch.GetElapsedTime(sent)), fault);
        script.Answered(turn, buttons);
    }
}
