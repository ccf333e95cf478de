using ChatBot.BotProtocol.Hosting;
using ChatBot.BotProtocol.Schema;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Understanding;
using ChatBot.Replies;

namespace ChatBot.Bot;

/// <summary>The turn handler: reads the question, answers it from the store, and replies with a card.</summary>
internal sealed class SkillsBot(QuestionReader reader, AnswerComposer composer) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message)
        {
            var answer = composer.Compose(reader.Read(activity.Text));
            await turnContext.SendActivityAsync(AnswerReplyBuilder.Build(answer, activity), cancellationToken);
        }
        else if (activity.Type == ActivityTypes.ConversationUpdate && BotWasAdded(activity))
        {
            await turnContext.SendActivityAsync(AnswerReplyBuilder.Build(composer.Compose(new HelpQuestion()), activity), cancellationToken);
        }

        // Other activity types are ignored, as the activity spec asks of receivers (A2014).
    }

    private static bool BotWasAdded(Activity activity) =>
        activity.Recipient?.Id is { } botId && activity.MembersAdded?.Any(member => member.Id == botId) == true;
}
