using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Text;
using ChatBot.Knowledge.Understanding.Intents;
using ChatBot.Knowledge.Understanding.Mentions;
using ChatBot.Knowledge.Understanding.Messages;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// Turns chat text into a <see cref="Question"/> about the store's frameworks, in stages: normalize the text
/// (<see cref="MessageParser"/>), find the occupation and extract what the message mentions (<see cref="MentionFinder"/>),
/// score every kind of question against it (<see cref="IntentScorer"/>), and resolve the best with the conversation,
/// falling back to retrieval (<see cref="IntentResolver"/>). The same text in the same context always reads the same way.
/// </summary>
public sealed class QuestionReader
{
    private readonly StoreIndex _index;
    private readonly Lazy<Vocabulary> _vocabulary;

    public QuestionReader(KnowledgeIndex knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _index = knowledge.Index;

        // Built on the first question, not at start-up: a thousand occupations' words take a while to gather.
        _vocabulary = new Lazy<Vocabulary>(() => ReaderVocabulary.For(_index), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The most characters of a question that are read; the rest is ignored, never refused.</summary>
    public const int MaxQuestionLength = QuestionText.MaxLength;

    /// <summary>
    /// The part of <paramref name="text"/> that is read: its first <see cref="MaxQuestionLength"/> characters, one fewer
    /// when the cut would split a surrogate pair (half an emoji cannot be written as JSON).
    /// </summary>
    public static string Considered(string? text) => QuestionText.Considered(text);

    /// <summary>Reads a question without conversation context.</summary>
    public Question Read(string? text) => Read(text, ConversationContext.Empty).Question;

    public Reading Read(string? text, ConversationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = MessageParser.Parse(text, _vocabulary.Value);
        if (message.IsEmpty)
        {
            return new Reading(new HelpQuestion(HelpReason.Welcome, []), context);
        }

        var occupation = OccupationResolver.Resolve(message, _index, _vocabulary.Value, context);
        if (occupation.Framework is null)
        {
            Question question = occupation.UnknownOccupation is { } unknown
                ? new OtherOccupationQuestion(unknown)
                : (Question?)HelpOnly(message) ?? new WhichOccupationQuestion([.. occupation.Choices.Select(choice => choice.Framework)], message.Raw);
            return new Reading(question, context);
        }

        var slots = new Slots(MentionFinder.Find(message, occupation, _index), context);
        var (resolved, interpretation) = IntentResolver.Resolve(slots);
        var next = resolved.Next(context);

        // "I'm a senior dispatcher": remembered, so "at my level" three questions later still means Proficient.
        if (slots.Mentions.SpeakerLevel is { } own)
        {
            next = next with { SpeakerLevel = own };
        }

        return new Reading(resolved, next) { Interpretation = interpretation };
    }

    /// <summary>A keyword search of one framework (the message extension's search box), its hits found now.</summary>
    public SearchQuestion Search(Model.OccupationFramework framework, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return SearchQuestion.Find(_index.For(framework), [.. words]);
    }

    /// <summary>A greeting, thanks or a request for help needs no occupation.</summary>
    private static HelpQuestion? HelpOnly(Message message)
    {
        var hits = CueLexicon.Table.FindAll(message);
        var covered = hits.Sum(hit => hit.Length);
        var thanks = hits.Any(hit => hit.Value.Contains(Cue.Thanks));
        var help = hits.Any(hit => hit.Value.Contains(Cue.Help) || hit.Value.Contains(Cue.Greeting));
        var onlyThose = message.Words.Count(word => !StopWords.All.Contains(word)) <= covered;
        return !onlyThose ? null : thanks ? new HelpQuestion(HelpReason.Thanks, []) : help ? new HelpQuestion(HelpReason.Welcome, []) : null;
    }
}
