using System.Text.Json;
using ChatBot.BotProtocol.Schema;
using ChatBot.Cards;
using ChatBot.Cards.Model;
using ChatBot.Knowledge.Answers;
using ChatBot.Replies.Views;

namespace ChatBot.Replies;

/// <summary>
/// Turns an answer into the reply activity: an Adaptive Card where the channel renders cards, with a one-line
/// <c>text</c> and <c>summary</c>; elsewhere the whole answer as plain text.
/// </summary>
internal static class AnswerReplyBuilder
{
    public static Activity Build(Answer answer, Activity incoming)
    {
        var view = AnswerViews.For(answer);
        var fullText = TextRenderer.Render(view);
        var rendersCards = ChannelCapabilities.RendersAdaptiveCards(incoming.ChannelId);
        var reply = incoming.CreateReply(rendersCards ? view.Lead : fullText);
        reply.TextFormat = "plain";
        reply.Summary = view.Lead;
        if (rendersCards)
        {
            reply.Attachments = [CardAttachment(CardRenderer.Render(view, fullText))];
        }

        return reply;
    }

    private static Attachment CardAttachment(AdaptiveCard card) => new()
    {
        ContentType = AdaptiveCard.ContentType,
        Content = JsonSerializer.SerializeToElement(card, CardJsonContext.Default.AdaptiveCard),
    };
}
