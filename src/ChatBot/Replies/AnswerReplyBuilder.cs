using System.Text.Json;
using ChatBot.BotProtocol.Schema;
using ChatBot.Cards;
using ChatBot.Cards.Model;
using ChatBot.Knowledge.Answers;
using ChatBot.Replies.Citations;
using ChatBot.Replies.Views;

namespace ChatBot.Replies;

/// <summary>
/// Turns an answer into the reply's content. Where the channel renders Adaptive Cards: the card, the whole answer as
/// plain text in <c>summary</c>, and, when the answer cites sources, the Teams citation entity and a one-line
/// <c>text</c> carrying its reference markers (an answer citing nothing is the card alone: one message, not a text
/// repeating the card); a long answer is sent in parts that each fit the reply budget. Elsewhere: the whole answer
/// as text.
/// </summary>
internal static class AnswerReplyBuilder
{
    /// <summary>An activity with no addressing: what a reply's content is measured against.</summary>
    private static readonly Activity Unaddressed = new() { Type = ActivityTypes.Message };

    /// <summary>The reply to <paramref name="incoming"/> that answers <paramref name="answer"/>.</summary>
    public static Activity Build(Answer answer, Activity incoming, ReplyRequest request) =>
        Content(answer, ChannelCapabilities.RendersAdaptiveCards(incoming.ChannelId), request).ReplyTo(incoming);

    /// <summary>The content of the reply that answers <paramref name="answer"/>, for a channel with or without cards.</summary>
    public static ReplyContent Content(Answer answer, bool rendersCards, ReplyRequest request)
    {
        var view = AnswerViews.For(answer);
        if (!rendersCards)
        {
            var textOnly = new ReplyContent { Text = TextRenderer.Render(view), Summary = view.Lead };
            return textOnly with { Bytes = Size(textOnly.ReplyTo(Unaddressed)) };
        }

        // Almost every answer fits: build and measure it once, and page only the rare one that does not.
        var whole = CardContent(view);
        if (whole.Bytes <= AnswerPager.ReplyBudgetBytes)
        {
            return whole;
        }

        var parts = AnswerPager.Split(view, request.Question, CardReplySize);
        return CardContent(parts[Math.Clamp(request.Part, 1, parts.Count) - 1]) with
        {
            DependsOnlyOnQuestion = view.SelfContainedQuestion is not null,
        };
    }

    /// <summary>The JSON size of the card reply that would carry <paramref name="view"/>, without addressing.</summary>
    public static int CardReplySize(AnswerView view) => CardContent(view).Bytes;

    private static ReplyContent CardContent(AnswerView view)
    {
        var citations = CitationEntity.For(view.Sources);
        var content = new ReplyContent
        {
            Text = citations is null ? null : view.Lead + CitationEntity.Markers(view.Sources.Length),
            Summary = TextRenderer.Render(view),
            Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = JsonSerializer.SerializeToElement(CardRenderer.Render(view), CardJsonContext.Default.AdaptiveCard) }],
            Entities = citations is null ? [] : [citations],
            ChannelData = Bot.Feedback.ChannelData,
        };
        return content with { Bytes = Size(content.ReplyTo(Unaddressed)) };
    }

    private static int Size(Activity reply) => JsonSerializer.SerializeToUtf8Bytes(reply, BotProtocolJsonContext.Default.Activity).Length;
}
