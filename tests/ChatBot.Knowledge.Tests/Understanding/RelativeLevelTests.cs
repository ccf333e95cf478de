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
    public void Read_StepFromSomeonesLevel_IsThatLevel(string text, ProficiencyLevel expected)
    {
        var level = ReadingAssert.Is<LevelQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal(expected, level.Level);
    }
}
