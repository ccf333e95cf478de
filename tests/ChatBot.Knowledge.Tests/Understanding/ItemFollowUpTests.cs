using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>
/// Follow-ups that point into the previous answer: by position ("the 8th one"), by position in the section at
/// another level ("go back to Applying: the first one"), after the ladder ("the second one" is a level), and a
/// filter asked again at another level ("same question for Advanced?").
/// </summary>
public sealed class ItemFollowUpTests
{
    [Fact]
    public void Read_SecondOneAfterTheLadder_IsTheSecondLevel()
    {
        var level = ReadingAssert.Is<LevelQuestion>(Seeds.Last("how many levels does the dispatcher framework have, and what are they called?", "what does the second one expect?"));

        Assert.Equal(ProficiencyLevel.Developing, level.Level);
    }

    [Fact]
    public void Read_EighthOne_IsTheEighthStatementShown()
    {
        var turns = Seeds.Converse(Seeds.SharedReader, ["wat does a junior dispatcher actualy do", "the 8th one, what does it mean exactly"]);

        var statement = ReadingAssert.Is<StatementQuestion>(turns[^1]);
        Assert.Equal(Seeds.Dispatchers().FindLevel(ProficiencyLevel.Emerging)!.Statements[7].Title, Assert.Single(statement.Matches).Statement.Title);
    }

    [Fact]
    public void Read_FirstOneAtAnotherLevelOfTheSection_CountsInThatSectionAtThatLevel()
    {
        var statement = ReadingAssert.Is<StatementQuestion>(Seeds.Last("Compare growth mindset at Developing vs Applying", "now Emerging vs Exceeding", "go back to Applying for a sec. what does the first one say exactly?"));

        var match = Assert.Single(statement.Matches);
        Assert.Equal(("Growth Mindset", ProficiencyLevel.Proficient), (match.Place.DomainName, match.Place.Level));
    }

    [Fact]
    public void Read_LastOneOpeningTheLastQuestion_IsNoPosition()
    {
        var ai = ReadingAssert.Is<AiUsageQuestion>(Seeds.Last("can you lay out mid-level next to principal so I can see the jump?", "thx. last one: the Developing AI stuff?"));

        Assert.Equal(ProficiencyLevel.Developing, ai.Level);
    }

    [Fact]
    public void Read_SameQuestionAtAnotherLevelAfterAFilter_FiltersThatSectionThere()
    {
        var filter = ReadingAssert.Is<FilterQuestion>(Seeds.Last("Proficient level AI statements", "which of those cite WEF?", "same question for Advanced?"));

        Assert.Equal(FilterRule.Cites, filter.Rule);
        Assert.All(filter.Items, item => Assert.Equal((StatementSection.AiUsage, ProficiencyLevel.Advanced), (item.Place.Section, item.Place.Level)));
        Assert.NotEmpty(filter.Matches);
    }

    [Fact]
    public void Read_EquivalentAtTheLevelBelowAfterAWordFilter_FiltersByTheSameWordsThere()
    {
        var filter = ReadingAssert.Is<FilterQuestion>(Seeds.Last("executive-level dispatcher expectations?", "which of the Proficient ones mention vendors or contractors?", "and the equivalent one at the level below Proficient?"));

        Assert.Equal(FilterRule.Mentions, filter.Rule);
        Assert.All(filter.Items, item => Assert.Equal(ProficiencyLevel.Developing, item.Place.Level));
        Assert.Contains("Minor repair coordination", filter.Matches.Select(match => match.Statement.Title));
    }

    [Fact]
    public void Read_TheOneAboutSomething_IsThatStatementOfThePreviousAnswer()
    {
        var statement = ReadingAssert.Is<StatementQuestion>(Seeds.Last("How are lead dispatchers expected to work with AI?", "the one about measuring the tools against KPIs – give me the full text"));

        Assert.Equal("Performance benchmarking of AI dispatch tools", Assert.Single(statement.Matches).Statement.Title);
    }

    [Fact]
    public void Read_DomainNamedInTheBackgroundAndPointedAtWhereAsked_IsThatDomain()
    {
        var domain = ReadingAssert.Is<DomainQuestion>(Seeds.SharedReader.Read("I keep hearing 'metacognition' in my 1:1s and have no clue what it means for me. What does the framework want from someone at Emerging on that?"));

        Assert.Equal(("Metacognition", ProficiencyLevel.Emerging), (domain.Domain.Name, domain.Level));
    }
}
