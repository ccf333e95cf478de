using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>Greetings and help, questions the bot cannot answer, and occupations the store does not hold.</summary>
public sealed class BotPhrasingTests
{
    [Theory]
    [InlineData("thanks!")]
    [InlineData("thanks, that was helpful!")]
    [InlineData("cheers, much appreciated")]
    [InlineData("<at>Skills Bot</at> thank you")]
    public void Read_Thanks_IsThanks(string text)
    {
        var help = ReadingAssert.Is<HelpQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal(HelpReason.Thanks, help.Reason);
    }

    [Theory]
    [InlineData("hi 👋")]
    [InlineData("hello there")]
    [InlineData("help")]
    [InlineData("what can I ask you?")]
    [InlineData("how does this bot work")]
    [InlineData("Hey! What can you do?")]
    [InlineData("good morning 🙂")]
    [InlineData("menu")]
    [InlineData("<at>Skills Bot</at> help")]
    [InlineData("hiya, first time using this - how do I use it?")]
    [InlineData("halp")]
    public void Read_GreetingOrHelp_IsWelcome(string text)
    {
        var help = ReadingAssert.Is<HelpQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal(HelpReason.Welcome, help.Reason);
    }

    [Theory]
    [InlineData("what's the weather like in Manchester today?")]
    [InlineData("tell me a joke")]
    [InlineData("who won the match last night")]
    [InlineData("can you book me a meeting room for 3pm")]
    [InlineData("lunch plans?")]
    [InlineData("what's the wifi password")]
    public void Read_OffTopic_IsHelp(string text)
    {
        ReadingAssert.Is<HelpQuestion>(Seeds.SharedReader.Read(text), text);
    }

    [Theory]
    [InlineData("expectations for a senior nurse", "nurse")]
    [InlineData("can you show me the framework for a junior accountant", "accountant")]
    [InlineData("what should an advanced electrician know", "electrician")]
    [InlineData("level 2 teacher expectations", "teacher")]
    [InlineData("What do junior software developers need to know", "developer")]
    [InlineData("do you have anything for HR advisors?", "advisor")]
    [InlineData("what about a senior chef", "chef")]
    [InlineData("what does a proficient pharmacist do", "pharmacist")]
    public void Read_OccupationNotInTheStore_IsAnotherOccupation(string text, string occupation)
    {
        var other = ReadingAssert.Is<OtherOccupationQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Contains(occupation, other.AskedFor, StringComparison.OrdinalIgnoreCase);
    }
}
