using BenchmarkDotNet.Attributes;
using ChatBot.BotProtocol.Schema;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Understanding;
using ChatBot.Replies;

namespace ChatBot.Benchmarks;

/// <summary>
/// An answer to its reply: rendering the card, the plain-text summary and the citation entity from scratch (a cache
/// miss), against taking the rendered content from the reply cache and addressing it (what a turn does on a hit).
/// Rendering depends on the answer alone, not on how many occupations the store holds.
/// </summary>
[MemoryDiagnoser]
public class CardRenderingBenchmarks : IDisposable
{
    private ReplyCache _cache = null!;
    private Answer _answer = null!;
    private Question _question = null!;
    private Activity _incoming = null!;

    public static IEnumerable<QuestionCase> Questions { get; } =
    [
        new("level", "What does a Proficient dispatcher do?"),
        new("compare", "compare proficient and advanced dispatchers"),
        new("domain", "communication skills for a developing dispatcher"),
    ];

    [ParamsSource(nameof(Questions))]
    public QuestionCase Question { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        var index = BenchmarkStores.For(1);
        _question = new QuestionReader(index).Read(Question.Text);
        _answer = new AnswerComposer(index).Compose(_question);
        _incoming = System.Text.Json.JsonSerializer.Deserialize(TeamsActivity.Message(Question.Text, 1), BotProtocolJsonContext.Default.Activity)!;
        _cache = new ReplyCache(new ReplyCacheOptions());
        _ = CachedReply();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _cache?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public object Render() => AnswerReplyBuilder.Content(_answer, rendersCards: true, new ReplyRequest(Question.Text));

    [Benchmark]
    public Activity CachedReply() =>
        _cache.GetOrBuild(_question, true, 1, this, static state => AnswerReplyBuilder.Content(state._answer, rendersCards: true, new ReplyRequest(state.Question.Text))).ReplyTo(_incoming);
}
