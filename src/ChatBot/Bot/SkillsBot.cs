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
            var request = RequestOf(activity);
            var reading = reader.Read(request.Question, contexts.Get(conversationId));
            contexts.Set(conversationId, reading.Context);
            await turnContext.SendActivityAsync(AnswerReplyBuilder.Build(composer.Compose(reading.Question), activity, request), cancellationToken);
        }
        else if (activity.Type == ActivityTypes.ConversationUpdate && BotWasAdded(activity))
        {
            await turnContext.SendActivityAsync(AnswerReplyBuilder.Build(composer.Compose(new HelpQuestion(HelpReason.Welcome, [])), activity, new ReplyRequest("help")), cancellationToken);
        }

        // Other activity types are ignored, as the activity spec asks of receivers (A2014).
    }

    /// <summary>
    /// Typed text without the bot's @mention; a button click arrives with empty text and the question (and for
    /// "Show more", the part) in its value. A value of any other shape is ignored.
    /// </summary>
    private static ReplyRequest RequestOf(Activity activity)
    {
        var text = activity.TextWithoutRecipientMention();
        if (text.Length > 0 || activity.Value is not { ValueKind: JsonValueKind.Object } value ||
            !value.TryGetProperty("question", out var question) || question.ValueKind != JsonValueKind.String)
        {
            return new ReplyRequest(text);
        }

        var part = value.TryGetProperty("part", out var number) && number.ValueKind == JsonValueKind.Number && number.TryGetInt32(out var parsed) ? parsed : 1;
        return new ReplyRequest(question.GetString() ?? "", part);
    }

    private static bool BotWasAdded(Activity activity) =>
        activity.Recipient?.Id is { } botId && activity.MembersAdded?.Any(member => member.Id == botId) == true;
}
