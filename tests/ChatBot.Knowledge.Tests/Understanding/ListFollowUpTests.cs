using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>After an O*NET list: "the other ones" are that list, "which of those ..." picks from it, and a section named instead leaves it.</summary>
public sealed class ListFollowUpTests
{
    [Fact]
    public void Read_OtherOnesAfterAnItemCheck_IsTheWholeList()
    {
        var list = ReadingAssert.Is<ListQuestion>(Seeds.Last("is Stress Tolerance one of the work styles O*NET lists for this job?", "what are the other ones?"));

        Assert.Equal(OnetList.WorkStyles, list.List);
    }

    [Theory]
    [InlineData("is Bus Starter one of the related job titles?", "any aviation ones?", OnetList.RelatedTitles, "Aircraft Dispatcher")]
    [InlineData("What are the abilities O*NET lists?", "which of the abilities are about speech or hearing?", OnetList.Abilities, "Speech Clarity")]
    [InlineData("which job titles does it cover?", "which of those are cab related?", OnetList.RelatedTitles, "Cab Starter")]
    [InlineData("what software does O*NET list for dispatchers?", "which of those are mapping tools?", OnetList.Technology, "Map creation software")]
    public void Read_WhichOfThoseAfterAList_PicksTheMatchingItems(string first, string followUp, OnetList expected, string item)
    {
        var selection = ReadingAssert.Is<ListItemQuestion>(Seeds.Last(first, followUp), followUp);

        Assert.True(selection.Selecting);
        Assert.Equal(expected, selection.List);
        Assert.Contains(item, selection.Matches);
        Assert.True(selection.Matches.Length < Seeds.Dispatchers().List(expected).Length);
    }

    [Fact]
    public void Read_LevelStatementsNamedAfterAList_SearchesTheStatements()
    {
        var question = Seeds.Last("what software/tools do these dispatchers actually work with, per O*NET?", "and in the level statements, which ones actually name CAD?");

        Assert.False(question is ListItemQuestion or ListQuestion, ReadingAssert.Describe(question));
    }
}
