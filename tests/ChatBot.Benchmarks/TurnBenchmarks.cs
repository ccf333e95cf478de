using System.Text;
using BenchmarkDotNet.Attributes;

namespace ChatBot.Benchmarks;

/// <summary>
/// A whole turn in process: the activity JSON in, authentication (anonymous), understanding, composing, the card
/// reply and the expectReplies response JSON out. Each invocation is a new activity id in one of a few hundred
/// conversations, as under load, so the redelivery guard never short-cuts it.
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks : IDisposable
{
    private InProcessBot _bot = null!;
    private int _sequence;

    /// <summary>Three typed questions, each naming its occupation: the typical level question, a domain question and an AI-use question.</summary>
    public static IEnumerable<QuestionCase> Questions { get; } =
    [
        new("level", "What does a Proficient dispatcher do?"),
        new("domain", "communication skills for a senior dispatcher"),
        new("ai", "how should a new dispatcher use AI?"),
    ];

    [ParamsSource(nameof(Questions))]
    public QuestionCase Question { get; set; } = null!;

    [Params(1, 1000)]
    public int Occupations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _bot = new InProcessBot(SeedFolder.WithOccupations(Occupations));
        var (status, bytes) = _bot.PostAsync(Body()).GetAwaiter().GetResult();
        if (status != 200 || bytes < 1000)
        {
            throw new InvalidOperationException($"The bot answered {status} with {bytes} bytes; expected a card reply.");
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _bot?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public Task<(int Status, long Bytes)> Turn() => _bot.PostAsync(Body());

    private byte[] Body() => Encoding.UTF8.GetBytes(TeamsActivity.Message(Question.Text, Interlocked.Increment(ref _sequence)));
}
