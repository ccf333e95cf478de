using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>
/// A level given as a step from someone's: the speaker's ("one below mine"), another person's ("the level above him",
/// "two steps above where she is now"), or the top ("the level one below the top"), however the message is padded.
/// </summary>
public sealed class RelativeLevelTests
{
    [Theory]
    [InlineData("I'm currently Proficient and want to shadow someone. Which level is one below mine, and what are its statements?", ProficiencyLevel.Developing)]
    [InlineData("I'm an Advanced-level lead writing guidance for the dispatchers who sit one step beneath me. What does the framework say for their level?", ProficiencyLevel.Proficient)]
    [InlineData("My direct report Kofi is at Developing. I want to show him what the level above him looks like. Can you show me that?", ProficiencyLevel.Proficient)]
    [InlineData("Our newest hire, Lena, has been assessed at Emerging. The brief is to pitch it at the level two steps above where she is now. What's at that level?", ProficiencyLevel.Proficient)]
    [InlineData("I've already got the Advanced list pinned. What does the level one below the top say?", ProficiencyLevel.Proficient)]
    [InlineData("the level that sits two steps below the top?", ProficiencyLevel.Developing)]
    [InlineData("The first of the four levels, please.", ProficiencyLevel.Emerging)]
    [InlineData("Show me the level sandwiched between Developing and Advanced.", ProficiencyLevel.Proficient)]
    [InlineData("I'm at the second level. What's expected of me at the third?", ProficiencyLevel.Proficient)]
    [InlineData("I'm a senior dispatcher and my manager is a lead. What do I need to do to get to her level?", ProficiencyLevel.Advanced)]
    [InlineData("What should our operations lead for dispatch be accountable for, going by the framework?", ProficiencyLevel.Advanced)]
    public void Read_StepFromSomeonesLevel_IsThatLevel(string text, ProficiencyLevel expected)
    {
        var question = Seeds.SharedReader.Read(text);

        // "What do I need to get to her level?" is a move there; what it shows is that level's statements.
        var shown = question switch
        {
            LevelQuestion level => level.Level,
            ProgressionQuestion progression => progression.To,
            _ => (ProficiencyLevel?)null,
        };
        Assert.True(shown == expected, $"'{text}': expected {expected}, read {ReadingAssert.Describe(question)}");
    }

    [Theory]
    [InlineData("resilience - emerging through exceeding, the whole thing")]
    [InlineData("How does AI use progress across the four levels, from Emerging right up to Advanced?")]
    public void Read_RangeFromBottomToTop_IsEveryLevel(string text)
    {
        var question = Seeds.SharedReader.Read(text);

        Assert.True(question is DomainQuestion { Level: null } or AiUsageQuestion { Level: null }, $"'{text}': read {ReadingAssert.Describe(question)}");
    }

    [Fact]
    public void Read_PeopleInTheirFirstMonths_AreTheEntryLevel()
    {
        var ai = ReadingAssert.Is<AiUsageQuestion>(Seeds.SharedReader.Read("Any AI guidance for people in their first few months on the desk?"));

        Assert.Equal(ProficiencyLevel.Emerging, ai.Level);
    }
}
