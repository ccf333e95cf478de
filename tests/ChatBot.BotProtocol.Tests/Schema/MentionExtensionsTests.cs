using System.Text.Json;
using ChatBot.BotProtocol.Schema;

namespace ChatBot.BotProtocol.Tests.Schema;

public sealed class MentionExtensionsTests
{
    [Fact]
    public void TextWithoutRecipientMention_BotMentioned_RemovesItAndTrims()
    {
        var activity = Parse("""{"type":"message","text":"\r\n<at>Skills Bot</at> what does a proficient dispatcher do\r\n","recipient":{"id":"28:bot"},"entities":[{"type":"mention","mentioned":{"id":"28:bot","name":"Skills Bot"},"text":"<at>Skills Bot</at>"}]}""");

        Assert.Equal("what does a proficient dispatcher do", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void TextWithoutRecipientMention_OtherPeoplesMentions_StayInTheText()
    {
        var activity = Parse("""{"type":"message","text":"<at>Skills Bot</at> ask <at>Alex</at>","recipient":{"id":"28:bot"},"entities":[{"type":"mention","mentioned":{"id":"28:bot"},"text":"<at>Skills Bot</at>"},{"type":"mention","mentioned":{"id":"29:alex"},"text":"<at>Alex</at>"}]}""");

        Assert.Equal("ask <at>Alex</at>", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void TextWithoutRecipientMention_MarkupNamingTheBotWithoutAnEntity_IsNotGuessedAway()
    {
        var activity = Parse("""{"type":"message","text":"<at>Skills Bot</at> hello","recipient":{"id":"28:bot","name":"Skills Bot"}}""");

        Assert.Equal("<at>Skills Bot</at> hello", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void TextWithoutRecipientMention_EntityWithoutText_UsesTheMentionedName()
    {
        var activity = Parse("""{"type":"message","text":"<at>Skills Bot</at> hello","recipient":{"id":"28:bot"},"entities":[{"type":"mention","mentioned":{"id":"28:bot","name":"Skills Bot"}}]}""");

        Assert.Equal("hello", activity.TextWithoutRecipientMention());
    }

    [Theory]
    [InlineData("""{"type":"message","text":"hi","recipient":{"id":"28:bot"},"entities":[{"type":"mention","mentioned":"28:bot","text":7}]}""")]
    [InlineData("""{"type":"message","text":"hi","recipient":{"id":"28:bot"},"entities":[{"type":"mention"}]}""")]
    [InlineData("""{"type":"message","text":"hi","entities":[{"type":"mention","mentioned":{"id":"28:bot"},"text":"hi"}]}""")]
    public void TextWithoutRecipientMention_MentionOfTheWrongShape_LeavesTheTextAlone(string json)
    {
        Assert.Equal("hi", Parse(json).TextWithoutRecipientMention());
    }

    [Theory]
    [InlineData(19, "what does a proficient dispatcher do")]
    [InlineData(20, "<at>Skills Bot</at> what does a proficient dispatcher do")]
    public void TextWithoutRecipientMention_ManyMentions_ConsidersOnlyTheFirstTwenty(int othersBefore, string text)
    {
        var others = Enumerable.Range(0, othersBefore).Select(i => $$"""{"type":"mention","mentioned":{"id":"29:p{{i}}"},"text":"<at>P{{i}}</at>"}""");
        var bot = """{"type":"mention","mentioned":{"id":"28:bot"},"text":"<at>Skills Bot</at>"}""";
        var activity = Parse($$"""{"type":"message","text":"<at>Skills Bot</at> what does a proficient dispatcher do","recipient":{"id":"28:bot"},"entities":[{"type":"clientInfo"},{{string.Join(",", [.. others, bot])}}]}""");

        Assert.Equal(text, activity.TextWithoutRecipientMention());
    }

    private static Activity Parse(string json) => JsonSerializer.Deserialize(json, BotProtocolJsonContext.Default.Activity)!;
}
