using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>Two levels side by side, and "how do I get from one to the next", as people ask in chat.</summary>
public sealed class ComparePhrasingTests
{
    [Theory]
    [InlineData("emerging vs proficient", ProficiencyLevel.Emerging, ProficiencyLevel.Proficient)]
    [InlineData("junior v senior - what's the diff?", ProficiencyLevel.Emerging, ProficiencyLevel.Proficient)]
    [InlineData("difference between L2 and L3", ProficiencyLevel.Developing, ProficiencyLevel.Proficient)]
    [InlineData("compare developing and advanced pls", ProficiencyLevel.Developing, ProficiencyLevel.Advanced)]
    [InlineData("compare developing to advanced", ProficiencyLevel.Developing, ProficiencyLevel.Advanced)]
    [InlineData("how's mid-level different from senior", ProficiencyLevel.Developing, ProficiencyLevel.Proficient)]
    [InlineData("trainee vs lead dispatcher", ProficiencyLevel.Emerging, ProficiencyLevel.Advanced)]
    [InlineData("side by side: proficient & advanced", ProficiencyLevel.Proficient, ProficiencyLevel.Advanced)]
    [InlineData("contrast level 1 with level 4", ProficiencyLevel.Emerging, ProficiencyLevel.Advanced)]
    [InlineData("whats the difference between an experienced dispatcher and a principal one", ProficiencyLevel.Proficient, ProficiencyLevel.Advanced)]
    [InlineData("emerging/developing differences", ProficiencyLevel.Emerging, ProficiencyLevel.Developing)]
    [InlineData("how do intermediate and expert dispatchers differ", ProficiencyLevel.Developing, ProficiencyLevel.Proficient)]
    [InlineData("is there much difference between apprentice and established?", ProficiencyLevel.Emerging, ProficiencyLevel.Developing)]
    [InlineData("compair profficient with advnced", ProficiencyLevel.Proficient, ProficiencyLevel.Advanced)]
    [InlineData("Our grading panel keeps arguing about this. Can you put developing and proficient side by side so we can see what actually changes between them?", ProficiencyLevel.Developing, ProficiencyLevel.Proficient)]
    public void Read_TwoLevelsToCompare_IsACompareInTheOrderAsked(string text, ProficiencyLevel left, ProficiencyLevel right)
    {
        var compare = ReadingAssert.Is<CompareQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal((left, right), (compare.Left, compare.Right));
    }

    [Theory]
    [InlineData("Developing compared with Emerging?", ProficiencyLevel.Developing, ProficiencyLevel.Emerging)]
    [InlineData("advanced versus proficient", ProficiencyLevel.Advanced, ProficiencyLevel.Proficient)]
    [InlineData("lead vs junior, what's different", ProficiencyLevel.Advanced, ProficiencyLevel.Emerging)]
    public void Read_HigherLevelNamedFirst_KeepsTheOrderAsked(string text, ProficiencyLevel left, ProficiencyLevel right)
    {
        var compare = ReadingAssert.Is<CompareQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal((left, right), (compare.Left, compare.Right));
    }

    [Theory]
    [InlineData("how do I go from developing to proficient", ProficiencyLevel.Developing, ProficiencyLevel.Proficient)]
    [InlineData("what's the next level after mid-level", ProficiencyLevel.Developing, ProficiencyLevel.Proficient)]
    [InlineData("what does it take to get from junior to senior", ProficiencyLevel.Emerging, ProficiencyLevel.Proficient)]
    [InlineData("how can a trainee progress to level 2", ProficiencyLevel.Emerging, ProficiencyLevel.Developing)]
    [InlineData("steps to move up from proficient", ProficiencyLevel.Proficient, ProficiencyLevel.Advanced)]
    [InlineData("what's needed to reach advanced", ProficiencyLevel.Proficient, ProficiencyLevel.Advanced)]
    [InlineData("how do I become a lead dispatcher", ProficiencyLevel.Proficient, ProficiencyLevel.Advanced)]
    [InlineData("level 3 -> level 4 what changes", ProficiencyLevel.Proficient, ProficiencyLevel.Advanced)]
    [InlineData("progression from emerging to developing?", ProficiencyLevel.Emerging, ProficiencyLevel.Developing)]
    [InlineData("what do i need to do to step up from established", ProficiencyLevel.Developing, ProficiencyLevel.Proficient)]
    [InlineData("what comes after proficient?", ProficiencyLevel.Proficient, ProficiencyLevel.Advanced)]
    [InlineData("promotion criteria: apprentice to mid-level", ProficiencyLevel.Emerging, ProficiencyLevel.Developing)]
    [InlineData("I'm a L2, how do I get promoted?", ProficiencyLevel.Developing, ProficiencyLevel.Proficient)]
    [InlineData("path to senior from mid level", ProficiencyLevel.Developing, ProficiencyLevel.Proficient)]
    [InlineData("one of my juniors wants to know what she needs to work on to get to the next level, can you help me answer that?", ProficiencyLevel.Emerging, ProficiencyLevel.Developing)]
    [InlineData("how to progres from intermediate to senior", ProficiencyLevel.Developing, ProficiencyLevel.Proficient)]
    [InlineData("How do I get my junior dispatcher to mid-level?", ProficiencyLevel.Emerging, ProficiencyLevel.Developing)]
    [InlineData("helping our apprentices grow into senior dispatchers", ProficiencyLevel.Emerging, ProficiencyLevel.Proficient)]
    public void Read_MoveBetweenLevels_IsAProgressionFromTheLowerToTheHigher(string text, ProficiencyLevel from, ProficiencyLevel to)
    {
        var progression = ReadingAssert.Is<ProgressionQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal((from, to), (progression.From, progression.To));
    }
}
