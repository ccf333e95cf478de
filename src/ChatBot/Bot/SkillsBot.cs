using System.Text.Json;
using ChatBot.BotProtocol.Hosting;
using ChatBot.BotProtocol.Schema;
using ChatBot.Conversations;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Understanding;
using ChatBot.Replies;

namespace ChatBot.Bot;

/// <summary>
/// The turn handler: takes the question (typed, or from a card button), reads it in the conversation's context,
/// answers it from the store and replies with a card.
/// </summary>
internal sealed class SkillsBot(QuestionReader reader, AnswerComposer composer, IConversationContextStore contexts) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message)
        {
            var conversationId = activity.Conversation?.Id ?? "";
            var reading = reader.Read(QuestionOf(activity), contexts.Get(conversationId));
            contexts.Set(conversationId, reading.Context);
            await turnContext.SendActivityAsync(AnswerReplyBuilder.Build(composer.Compose(reading.Question), activity), cancellationToken);
        }
        else if (activity.Type == ActivityTypes.ConversationUpdate && BotWasAdded(activity))
        {
            await turnContext.SendActivityAsync(AnswerReplyBuilder.Build(composer.Compose(new HelpQuestion(HelpReason.Welcome, [])), activity), cancellationToken);
        }

        // Other activity types are ignored, as the activity spec asks of receivers (A2014).
    }

    /// <summary>Typed text without the bot's @mention; a button click arrives with empty text and the question in its value.</summary>
    private static string QuestionOf(Activity activity)
    {
        var text = activity.TextWithoutRecipientMention();
        if (text.Length == 0 && activity.Value is { ValueKind: JsonValueKind.Object } value &&
            value.TryGetProperty("question", out var question) && question.ValueKind == JsonValueKind.String)
        {
            return question.GetString() ?? "";
        }

        return text;
    }

    private static bool BotWasAdded(Activity activity) =>
        activity.Recipient?.Id is { } botId && activity.MembersAdded?.Any(member => member.Id == botId) == true;
}
