using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>
/// A statement looked for by what it says, however much the message says around it: found by its description, not
/// by the background ("for our handover checklist") or the closing request ("show me the full description").
/// </summary>
public sealed class DescribedStatementTests
{
    [Theory]
    [InlineData("Hello! I'm fairly sure there's a level statement about logging, updating and closing customer tickets in a helpdesk platform, but I can't remember which level it belongs to. Could you find it and show me the full description?", "Helpdesk software usage")]
    [InlineData("We do a proper shift handover on the desk and I'm sure the framework has a statement about passing open service orders and resource status to the oncoming dispatchers. What's that statement and where does it sit?", "Cross-functional briefing")]
    [InlineData("Hi, I'm looking for the AI statement about using AI-generated call summaries and suggested follow-ups after talking with customers or supervisors. I can't remember its title or which level it's at. Could you find it?", "Confer-and-relay acceleration")]
    [InlineData("There's a statement where a trainee notices a unit needs resupply and escalates it to a senior dispatcher - which one?", "Service equipment needs")]
    [InlineData("I think one of them is about not retaliating when a crew member is rude, what is it called?", "Professional conduct in conflict")]
    [InlineData("Which statement covers briefing the next dispatcher on what's still open at the end of a shift?", "Cross-functional briefing")]
    public void Read_StatementDescribedInALongMessage_FindsItFirst(string text, string title)
    {
        var question = Seeds.SharedReader.Read(text);

        var first = question switch
        {
            SearchQuestion search => search.Hits.Select(hit => hit.Placed).OfType<PlacedStatement>().FirstOrDefault()?.Statement.Title,
            StatementQuestion statement => statement.Matches.FirstOrDefault()?.Statement.Title,
            _ => null,
        };
        Assert.True(first == title, $"expected '{title}' first, read {ReadingAssert.Describe(question)}");
    }

    [Theory]
    [InlineData("is Schedule optimization the same thing as Schedule conflict resolution?", "Schedule optimization", "Schedule conflict resolution")]
    [InlineData("how is 'Stakeholder relationship management' different from Stakeholder communication leadership?", "Stakeholder relationship management", "Stakeholder communication leadership")]
    public void Read_TwoTitlesSetSideBySide_ShowsBoth(string text, string first, string second)
    {
        var statement = ReadingAssert.Is<StatementQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), statement.Matches.Select(match => match.Statement.Title).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("is there a contingency statement at the lead level?", ProficiencyLevel.Advanced, "Emergency and contingency planning")]
    [InlineData("for trainees, does the framework have a stress-related statement?", ProficiencyLevel.Emerging, "Stress recognition")]
    [InlineData("anything with GIS for seniors?", ProficiencyLevel.Proficient, "Geographic information systems")]
    public void Read_WhetherALevelHoldsATopic_SearchesThatLevel(string text, ProficiencyLevel level, string title)
    {
        var search = ReadingAssert.Is<SearchQuestion>(Seeds.SharedReader.Read(text), text);

        var placed = search.Hits.Select(hit => hit.Placed).OfType<PlacedStatement>().ToList();
        Assert.Equal(title, placed.FirstOrDefault()?.Statement.Title);
        Assert.All(placed, found => Assert.Equal(level, found.Place.Level));
    }

    [Fact]
    public void Read_QuotedTitleInBackground_IsThatStatement()
    {
        var text = "My manager wrote 'Expert system utilization' in my objectives and I had no idea what it meant. What does that statement say, and which level is it from?";

        var statement = ReadingAssert.Is<StatementQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal("Expert system utilization", Assert.Single(statement.Matches).Statement.Title);
    }
}
