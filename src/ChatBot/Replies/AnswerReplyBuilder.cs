using System.Text.Json;
using ChatBot.BotProtocol.Schema;
using ChatBot.Cards;
using ChatBot.Cards.Model;
using ChatBot.Knowledge.Answers;
using ChatBot.Replies.Citations;
using ChatBot.Replies.Views;

namespace ChatBot.Replies;

/// <summary>
/// Turns an answer into the reply activity. Where the channel renders Adaptive Cards: the card, a one-line
/// <c>text</c> with the reference markers, the whole answer as plain text in <c>summary</c>, and the Teams citation
/// entity; a long answer is sent in parts that each fit the reply budget. Elsewhere: the whole answer as text.
/// </summary>
internal static class AnswerReplyBuilder
{
    public static Activity Build(Answer answer, Activity incoming, ReplyRequest request)
    {
        var view = AnswerViews.For(answer);
        if (!ChannelCapabilities.RendersAdaptiveCards(incoming.ChannelId))
        {
            var reply = incoming.CreateReply(TextRenderer.Render(view));
            reply.TextFormat = "plain";
            reply.Summary = view.Lead;
            return reply;
        }

        // Almost every answer fits: build and measure it once, and page only the rare one that does not.
        var whole = CardReply(view, incoming);
        if (Size(whole) <= AnswerPager.ReplyBudgetBytes)
        {
            return whole;
        }

        var parts = AnswerPager.Split(view, request.Question, part => CardReplySize(part, incoming));
        return CardReply(parts[Math.Clamp(request.Part, 1, parts.Count) - 1], incoming);
    }

    private static Activity CardReply(AnswerView view, Activity incoming)
    {
        var citations = CitationEntity.For(view.Sources);
        var reply = incoming.CreateReply(citations is null ? view.Lead : view.Lead + CitationEntity.Markers(view.Sources.Length));
        reply.TextFormat = "plain";
        reply.Summary = TextRenderer.Render(view);
        reply.Attachments = [CardAttachment(CardRenderer.Render(view))];
        reply.ChannelData = Bot.Feedback.ChannelData;
        if (citations is not null)
        {
            reply.Entities = [citations];
        }

        return reply;
    }

    /// <summary>The JSON size of the card reply that would carry <paramref name="view"/>.</summary>
    public static int CardReplySize(AnswerView view, Activity incoming) => Size(CardReply(view, incoming));

    private static int Size(Activity reply) => JsonSerializer.SerializeToUtf8Bytes(reply, BotProtocolJsonContext.Default.Activity).Length;

    private static Attachment CardAttachment(AdaptiveCard card) => new()
    {
        ContentType = AdaptiveCard.ContentType,
        Content = JsonSerializer.SerializeToElement(card, CardJsonContext.Default.AdaptiveCard),
    };
}
