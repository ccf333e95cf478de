using BenchmarkDotNet.Attributes;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Store;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Benchmarks;

/// <summary>
/// Question to answer on the seed store, as the bot does per message: read the text in its conversation context,
/// then compose the answer. Card rendering is not included.
/// </summary>
[MemoryDiagnoser]
public class QuestionAnswerBenchmarks
{
    private QuestionReader _reader = null!;
    private AnswerComposer _composer = null!;
    private ConversationContext _context = ConversationContext.Empty;

    /// <summary>A representative mix of what users ask: the common routes, a typo, a follow-up and an off-topic miss.</summary>
    public static IEnumerable<QuestionCase> Questions { get; } =
    [
        new("level", "What does a Proficient dispatcher do?"),
        new("role word", "what should a junior dispatcher do"),
        new("typo", "wht does a proficeint dispatcher do"),
        new("compare", "mid-level vs lead: what's different?"),
        new("domain", "communication skills at the developing level"),
        new("ai", "How do Developing dispatchers use AI?"),
        new("keyword search", "anything about angry customers?"),
        new("statement", "What is Customer escalation handling?"),
        new("follow-up", "and at Emerging?", After: "What does a Proficient dispatcher do?"),
        new("off-topic", "what's the capital of France?"),
    ];

    // Set by BenchmarkDotNet before GlobalSetup runs.
    [ParamsSource(nameof(Questions))]
    public QuestionCase Question { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        var index = new KnowledgeIndex(FrameworkStore.Load(SeedFolder.Find()));
        _reader = new QuestionReader(index);
        _composer = new AnswerComposer(index);
        _context = Question.After is { } earlier ? _reader.Read(earlier, ConversationContext.Empty).Context : ConversationContext.Empty;
    }

    [Benchmark]
    public Answer ReadAndCompose() => _composer.Compose(_reader.Read(Question.Text, _context).Question);
}
