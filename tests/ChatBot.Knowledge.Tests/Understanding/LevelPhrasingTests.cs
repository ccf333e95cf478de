using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>"What does a ... dispatcher do?" typed every way people type it in Teams.</summary>
public sealed class LevelPhrasingTests
{
    [Theory]
    [InlineData("emerging", ProficiencyLevel.Emerging)]
    [InlineData("PROFICIENT", ProficiencyLevel.Proficient)]
    [InlineData("what behaviours are expected at the emerging level", ProficiencyLevel.Emerging)]
    [InlineData("Hey, what should someone at the Developing stage be doing day to day?", ProficiencyLevel.Developing)]
    [InlineData("What are the expectations for our Advanced dispatchers? 🚚", ProficiencyLevel.Advanced)]
    [InlineData("proficient dispatcher expectations pls", ProficiencyLevel.Proficient)]
    [InlineData("what does the framework say for advanced", ProficiencyLevel.Advanced)]
    [InlineData("Advanced dispatcher responsibilities", ProficiencyLevel.Advanced)]
    public void Read_LevelName_IsThatLevel(string text, ProficiencyLevel expected)
    {
        AssertLevel(text, expected);
    }

    [Theory]
    [InlineData("profficient statements", ProficiencyLevel.Proficient)]
    [InlineData("show me the proficent stuff", ProficiencyLevel.Proficient)]
    [InlineData("advnced level?", ProficiencyLevel.Advanced)]
    [InlineData("developping level expectations", ProficiencyLevel.Developing)]
    [InlineData("whats expected of an emergin dispatcher", ProficiencyLevel.Emerging)]
    [InlineData("what do advacned dispatchers do", ProficiencyLevel.Advanced)]
    public void Read_MisspeltLevelName_IsThatLevel(string text, ProficiencyLevel expected)
    {
        AssertLevel(text, expected);
    }

    [Theory]
    [InlineData("wht do entry level dispatchers do", ProficiencyLevel.Emerging)]
    [InlineData("apprentice expectations pls", ProficiencyLevel.Emerging)]
    [InlineData("what's expected from a junior?", ProficiencyLevel.Emerging)]
    [InlineData("trainee dispatcher - what should they be doing in their first months?", ProficiencyLevel.Emerging)]
    [InlineData("new dispatcher expectations", ProficiencyLevel.Emerging)]
    [InlineData("what should our new hires be able to do", ProficiencyLevel.Emerging)]
    [InlineData("mid level dispatcher expectations", ProficiencyLevel.Developing)]
    [InlineData("mid-level?", ProficiencyLevel.Developing)]
    [InlineData("intermediate dispatcher, what do they do", ProficiencyLevel.Developing)]
    [InlineData("what's an established dispatcher expected to handle", ProficiencyLevel.Developing)]
    [InlineData("what does a senior dispatcher do all day", ProficiencyLevel.Proficient)]
    [InlineData("expert IC expectations", ProficiencyLevel.Proficient)]
    [InlineData("experienced dispatcher - standard?", ProficiencyLevel.Proficient)]
    [InlineData("Lead dispatcher expectations", ProficiencyLevel.Advanced)]
    [InlineData("what do principal dispatchers do", ProficiencyLevel.Advanced)]
    [InlineData("executive level dispatcher", ProficiencyLevel.Advanced)]
    [InlineData("wat shud a jnr dispatcher do", ProficiencyLevel.Emerging)]
    [InlineData("snr dispatcher expectations", ProficiencyLevel.Proficient)]
    [InlineData("Dispatch centre trainee - what are they expected to do?", ProficiencyLevel.Emerging)]
    [InlineData("what behaviours do we expect from our L3s", ProficiencyLevel.Proficient)]
    [InlineData("I'm new here, what am I expected to do?", ProficiencyLevel.Emerging)]
    [InlineData("I only started on the desk two weeks ago - what does the framework want from me?", ProficiencyLevel.Emerging)]
    [InlineData("what's expected of someone as new as our Priya?", ProficiencyLevel.Emerging)]
    [InlineData("I'm four weeks into the job, what should I be able to do?", ProficiencyLevel.Emerging)]
    [InlineData("I started on the desk last month; what does the framework expect of me?", ProficiencyLevel.Emerging)]
    public void Read_RoleWordForALevel_IsThatLevel(string text, ProficiencyLevel expected)
    {
        AssertLevel(text, expected);
    }

    [Theory]
    [InlineData("L1?", ProficiencyLevel.Emerging)]
    [InlineData("level one", ProficiencyLevel.Emerging)]
    [InlineData("show me level 1 statements 🙏", ProficiencyLevel.Emerging)]
    [InlineData("Lvl 2 pls", ProficiencyLevel.Developing)]
    [InlineData("level three", ProficiencyLevel.Proficient)]
    [InlineData("L3", ProficiencyLevel.Proficient)]
    [InlineData("L4", ProficiencyLevel.Advanced)]
    [InlineData("tier 4 dispatcher", ProficiencyLevel.Advanced)]
    [InlineData("what's in level 3 again?", ProficiencyLevel.Proficient)]
    public void Read_LevelNumber_IsThatLevel(string text, ProficiencyLevel expected)
    {
        AssertLevel(text, expected);
    }

    [Theory]
    [InlineData("I manage a team of 6 dispatchers, two of them are mid-level. What does the framework expect of them?", ProficiencyLevel.Developing)]
    [InlineData("Sorry if this is a dumb question, I'm new to HR here and trying to write job ads. For the senior dispatcher role, what does the framework say they should be able to do? Thanks in advance!", ProficiencyLevel.Proficient)]
    [InlineData("quick one before my 1:1 this afternoon - Sam is an apprentice on the desk and asked what good looks like for her. what does the framework list?", ProficiencyLevel.Emerging)]
    [InlineData("We're rewriting the job description for our lead dispatcher vacancy (the old one is from 2019 lol). Can you pull what's expected at that level?", ProficiencyLevel.Advanced)]
    [InlineData("Our newest people are past the basics but not yet trusted with the complicated zones. I'm told that is Developing. Can you list the Developing statements for me?", ProficiencyLevel.Developing)]
    public void Read_LongMessageNamingALevel_IsThatLevel(string text, ProficiencyLevel expected)
    {
        AssertLevel(text, expected);
    }

    [Theory]
    [InlineData("Which level fits someone who just started last week and still needs guidance on most calls?", ProficiencyLevel.Emerging)]
    [InlineData("Our guy has been doing this for five years, handles escalations and complicated multi-zone routing by himself - what level is that?", ProficiencyLevel.Proficient)]
    [InlineData("she runs the whole center, sets strategy and owns the budget. which band would she be?", ProficiencyLevel.Advanced)]
    [InlineData("been here about a year, works on his own on routine jobs but not the complex stuff yet. where does he sit?", ProficiencyLevel.Developing)]
    [InlineData("Hi all, quick one from HR: we've got someone who just joined last month and is still learning the ropes on the radio, shadowing a senior most days. Where would she fit?", ProficiencyLevel.Emerging)]
    public void Read_DescribedPerson_IsTheLevelThatFits(string text, ProficiencyLevel expected)
    {
        AssertLevel(text, expected);
    }

    private static void AssertLevel(string text, ProficiencyLevel expected)
    {
        var level = ReadingAssert.Is<LevelQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal((Seeds.DispatchersSoc, expected), (level.Framework.Occupation.SocCode, level.Level));
    }
}
