using System.Text.Json;
using ChatBot.BotProtocol.Schema;
using ChatBot.Cards;
using ChatBot.Cards.Model;
using ChatBot.Knowledge.Answers;

namespace ChatBot.Replies;

/// <summary>
/// Turns an answer into the reply activity: an Adaptive Card where the channel renders cards, and always a
/// plain-text <c>text</c> and <c>summary</c> that a channel without cards (or a notification) can show.
/// </summary>
internal static class AnswerReplyBuilder
{
    public static Activity Build(Answer answer, Activity incoming) => answer switch
    {
        LevelAnswer level => LevelReply(level, incoming),
        HelpAnswer help => TextReply(incoming, AnswerText.Help(help)),
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer.GetType().Name, "No reply shape for this answer."),
    };

    private static Activity LevelReply(LevelAnswer answer, Activity incoming)
    {
        var lead = AnswerText.LevelLead(answer);
        var listing = AnswerText.LevelListing(answer);
        var rendersCards = ChannelCapabilities.RendersAdaptiveCards(incoming.ChannelId);
        var reply = TextReply(incoming, rendersCards ? lead : listing);
        reply.Summary = lead;
        if (rendersCards)
        {
            reply.Attachments = [CardAttachment(LevelCardBuilder.Build(answer, listing))];
        }

        return reply;
    }

    private static Activity TextReply(Activity incoming, string text)
    {
        var reply = incoming.CreateReply(text);
        reply.TextFormat = "plain";
        return reply;
    }

    private static Attachment CardAttachment(AdaptiveCard card) => new()
    {
        ContentType = AdaptiveCard.ContentType,
        Content = JsonSerializer.SerializeToElement(card, CardJsonContext.Default.AdaptiveCard),
    };
}
