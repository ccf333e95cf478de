using BenchmarkDotNet.Attributes;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Benchmarks;

/// <summary>
/// Question to answer, as the bot does per message: understanding (read the text in its conversation context),
/// composing (the answer to the question read), and both together; on the seed store and on a catalogue of 1,000
/// occupations, where the same questions must read the same way. Card rendering is not included.
/// </summary>
[MemoryDiagnoser]
public class QuestionAnswerBenchmarks
{
    private QuestionReader _reader = null!;
    private AnswerComposer _composer = null!;
    private ConversationContext _context = ConversationContext.Empty;
    private Question _question = null!;

    /// <summary>What users ask, each naming the occupation so a catalogue reads it as the seed store does.</summary>
    public static IEnumerable<QuestionCase> Questions { get; } =
    [
        new("level", "What does a Proficient dispatcher do?"),
        new("role word", "what should a junior dispatcher do"),
        new("typo", "wht does a proficeint dispatcher do"),
        new("compare", "mid-level vs lead dispatcher: what's different?"),
        new("domain", "communication skills for a developing dispatcher"),
        new("ai", "How do Developing dispatchers use AI?"),
        new("keyword search", "any dispatcher statements about angry customers?"),
        new("statement", "What is Customer escalation handling?", After: "What does a Proficient dispatcher do?"),
        new("follow-up", "and at Emerging?", After: "What does a Proficient dispatcher do?"),
        new("coverage", "is a cab starter covered?"),
        new("sections", "For a proficient dispatcher, give me the level statements, its AI use and the leadership domain"),
        new("long", "Morning! I look after learning and development for a field-service company and we're building career pathways "
            + "for our dispatch desk. We have dispatchers who've just finished their first year and work mostly on their own now, "
            + "scheduling crews with the CAD tool, but they aren't yet handling the complicated multi-zone stuff. Which level of the "
            + "framework fits them best and what does it say they should do?"),
    ];

    // Set by BenchmarkDotNet before GlobalSetup runs.
    [ParamsSource(nameof(Questions))]
    public QuestionCase Question { get; set; } = null!;

    [Params(1, 1000)]
    public int Occupations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var index = BenchmarkStores.For(Occupations);
        _reader = new QuestionReader(index);
        _composer = new AnswerComposer(index);
        _context = Question.After is { } earlier ? _reader.Read(earlier, ConversationContext.Empty).Context : ConversationContext.Empty;
        _question = _reader.Read(Question.Text, _context).Question;

        // The catalogue must not change what is measured: the question reads as it does on the seed store.
        var seedOnly = new QuestionReader(BenchmarkStores.For(1));
        var seedContext = Question.After is { } first ? seedOnly.Read(first, ConversationContext.Empty).Context : ConversationContext.Empty;
        var expected = QuestionKey.Of(seedOnly.Read(Question.Text, seedContext).Question);
        if (QuestionKey.Of(_question) != expected)
        {
            throw new InvalidOperationException($"'{Question.Text}' reads as {QuestionKey.Of(_question)} with {Occupations} occupations, not {expected}.");
        }
    }

    [Benchmark]
    public Reading Understand() => _reader.Read(Question.Text, _context);

    [Benchmark]
    public Answer Compose() => _composer.Compose(_question);

    [Benchmark]
    public Answer ReadAndCompose() => _composer.Compose(_reader.Read(Question.Text, _context).Question);
}
