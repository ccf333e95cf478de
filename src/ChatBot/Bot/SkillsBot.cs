using System.Text.Json;
using ChatBot.BotProtocol.Hosting;
using ChatBot.BotProtocol.Schema;
using ChatBot.Conversations;
using ChatBot.Knowledge.Understanding;
using ChatBot.Replies;
using ChatBot.Seeds;
using ChatBot.Telemetry;

namespace ChatBot.Bot;

/// <summary>
/// The turn handler: takes the question (typed, from a card button, or from an Action.Execute), reads it in the
/// conversation's context, answers it from the store and replies with a card; welcomes each conversation once.
/// </summary>
internal sealed partial class SkillsBot(
    CurrentKnowledge current,
    IConversationContextStore contexts,
    IWelcomeLedger welcomes,
    Feedback feedback,
    ILogger<SkillsBot> logger) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        using var turn = BotTelemetry.StartTurn(activity);

        // Taken once: a reload during the turn does not change the store this turn answers from.
        var knowledge = current.Require();

        // Other activity types are ignored (spec A2014).
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await turnContext.SendActivityAsync(await AnswerAsync(knowledge, activity, RequestOf(activity), rendersCards: null, cancellationToken), cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate when BotWasAdded(activity):
            case ActivityTypes.InstallationUpdate when activity.Action == "add":
                if (await welcomes.TryWelcomeAsync(activity.Conversation?.Id ?? "", cancellationToken))
                {
                    await turnContext.SendActivityAsync(Reply(knowledge, new HelpQuestion(HelpReason.Welcome, []), activity, new ReplyRequest("help")), cancellationToken);
                }

                break;
            case ActivityTypes.Invoke when activity.Name == CardActionInvoke.Name:
                var asked = CardActionInvoke.RequestOf(activity);
                // Only a client that renders cards sends Action.Execute, and the answer replaces the card: a card
                // whatever the activity's channel id says.
                var response = asked is null
                    ? CardActionInvoke.BadRequest()
                    : CardActionInvoke.Card((await AnswerAsync(knowledge, activity, asked, rendersCards: true, cancellationToken)).Attachments![0].Content!.Value);
                await turnContext.SendActivityAsync(response.ToActivity(), cancellationToken);
                break;

            case ActivityTypes.Invoke when activity.Name == MessageExtension.QueryName:
                await turnContext.SendActivityAsync(Ok(MessageExtension.Query(knowledge, activity)).ToActivity(), cancellationToken);
                break;
            case ActivityTypes.Invoke when activity.Name == MessageExtension.SelectItemName:
                await turnContext.SendActivityAsync(Ok(MessageExtension.SelectItem(knowledge, activity)).ToActivity(), cancellationToken);
                break;
            case ActivityTypes.Invoke when activity.Name == Feedback.InvokeName:
                var recorded = feedback.Record(activity);
                await turnContext.SendActivityAsync((recorded ? Ok([]) : new InvokeResponse { Status = 400 }).ToActivity(), cancellationToken);
                break;

            // An invoke for a feature the bot does not offer. The protocol's default is the SDK's 501, but any caller
            // can send any name, and a 5xx it can cause at will is noise in every server-error alert: 400 says the
            // same to Teams (the invoke failed) without claiming a server fault.
            case ActivityTypes.Invoke:
                await turnContext.SendActivityAsync(new InvokeResponse { Status = 400 }.ToActivity(), cancellationToken);
                break;
        }
    }

    private static InvokeResponse Ok(System.Text.Json.Nodes.JsonObject body) => new() { Status = 200, Body = JsonSerializer.SerializeToElement(body) };

    private async ValueTask<Activity> AnswerAsync(
        KnowledgeSnapshot knowledge, Activity activity, ReplyRequest request, bool? rendersCards, CancellationToken cancellationToken)
    {
        // Longer text is cut, not refused; cut here, so a "Show more" button that re-asks it carries no more either.
        request = request with { Question = QuestionReader.Considered(request.Question) };
        var conversationId = activity.Conversation?.Id ?? "";
        var before = await contexts.GetAsync(conversationId, cancellationToken);
        var reading = knowledge.Reader.Read(request.Question, before);
        LogReading(conversationId, reading.Question.GetType().Name, reading.Interpretation);
        BotTelemetry.RecordQuestionKind(reading.Question);

        // Reading the context already renewed its sliding expiry; storing an equal one again would only cost a cache entry.
        if (!reading.Context.Equals(before))
        {
            await contexts.SetAsync(conversationId, reading.Context, cancellationToken);
        }
        return Reply(knowledge, reading.Question, activity, request, rendersCards);
    }

    /// <summary>The reply that answers <paramref name="question"/>, rendered once per question and channel kind.</summary>
    private static Activity Reply(KnowledgeSnapshot knowledge, Question question, Activity activity, ReplyRequest request, bool? cards = null)
    {
        var rendersCards = cards ?? ChannelCapabilities.RendersAdaptiveCards(activity.ChannelId);
        var content = knowledge.Replies.GetOrBuild(
            question,
            rendersCards,
            request.Part,
            (composer: knowledge.Composer, question, rendersCards, request),
            static state => AnswerReplyBuilder.Content(state.composer.Compose(state.question), state.rendersCards, state.request));
        return content.ReplyTo(activity);
    }

    /// <summary>
    /// Typed text without the bot's @mention; a button click arrives with empty text and the question (and for
    /// "Show more", the part) in its value. A value of any other shape is ignored.
    /// </summary>
    private static ReplyRequest RequestOf(Activity activity)
    {
        var text = activity.TextWithoutRecipientMention();
        return text.Length == 0 && activity.Value is { } value && ReplyRequest.FromButtonData(value) is { } clicked ? clicked : new ReplyRequest(text);
    }

    /// <summary>How a message was read: the cues, mentions and scores, never its words.</summary>
    [LoggerMessage(Level = LogLevel.Debug, Message = "Conversation {ConversationId}: read as {QuestionKind}: {Interpretation}")]
    private partial void LogReading(LoggedId conversationId, string questionKind, Interpretation interpretation);

    private static bool BotWasAdded(Activity activity) =>
        activity.Recipient?.Id is { } botId && activity.MembersAdded?.Any(member => member.Id == botId) == true;
}
