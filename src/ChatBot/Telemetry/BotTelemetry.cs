using System.Diagnostics;
using ChatBot.BotProtocol.Hosting;
using ChatBot.Knowledge.Understanding;
using BotActivity = ChatBot.BotProtocol.Schema.Activity;

namespace ChatBot.Telemetry;

/// <summary>
/// The bot's own traces: one "turn" span per activity the bot handles, under the request's span, tagged with what
/// an operator can act on (the activity type, the conversation, the kind of question the reader made of the text)
/// and never with the text or a person's name. Nothing listens unless telemetry is configured; then the cost is one
/// span per turn.
/// </summary>
internal static class BotTelemetry
{
    /// <summary>The ActivitySource's name: the bot's meter's, so one name subscribes to both.</summary>
    public const string SourceName = Conversations.ConversationMetrics.MeterName;

    public const string TurnSpanName = "turn";

    public const string ActivityTypeTag = "chatbot.activity.type";

    public const string ConversationIdTag = "chatbot.conversation.id";

    /// <summary>The C# type of the question the reader returned ("LevelQuestion", "HelpQuestion"): a handful of values.</summary>
    public const string QuestionKindTag = "chatbot.question.kind";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>Starts the turn's span, or returns null when no one listens.</summary>
    public static Activity? StartTurn(BotActivity activity)
    {
        var turn = Source.StartActivity(TurnSpanName);
        if (turn is { IsAllDataRequested: true })
        {
            // Both come from the caller: escaped and cut as they are for the logs.
            turn.SetTag(ActivityTypeTag, new LoggedId(activity.Type).ToString());
            turn.SetTag(ConversationIdTag, new LoggedId(activity.Conversation?.Id).ToString());
        }

        return turn;
    }

    /// <summary>Tags the current turn with the kind of question read from the text; the text itself stays out.</summary>
    public static void RecordQuestionKind(Question question)
    {
        if (Activity.Current is { IsAllDataRequested: true } turn && turn.Source == Source)
        {
            turn.SetTag(QuestionKindTag, question.GetType().Name);
        }
    }
}
