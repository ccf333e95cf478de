using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>
/// "Which of those ...?": the previous answer's statements (or a section named) kept by what they cite or say, so a
/// person checking citations or looking for one statement gets exactly those.
/// </summary>
public sealed class FilterTests
{
    [Fact]
    public void Read_NoCitationAfterAiUse_KeepsTheStatementThatCitesNothing()
    {
        var filter = Filter("how do entry-level dispatchers use AI?", "which one has no citation at all?");

        Assert.Equal(FilterRule.CitesNothing, filter.Rule);
        Assert.Equal(["Basic dispatch language support"], Titles(filter));
    }

    [Theory]
    [InlineData("leadership statements across all four levels?", "which of them are sourced only from O*NET?", "O*NET")]
    [InlineData("mindfulness — developing vs exceeding, side by side pls", "Which of those are sourced only from Pathsmith, no O*NET?", "Pathsmith")]
    public void Read_OnlyFromASource_KeepsThoseCitingThatSourceAndNothingElse(string first, string followUp, string source)
    {
        var filter = Filter(first, followUp);

        Assert.Equal(FilterRule.CitesOnly, filter.Rule);
        Assert.Contains(source, filter.Source!.Name, StringComparison.Ordinal);
        Assert.NotEmpty(filter.Matches);
        Assert.All(filter.Matches, match => Assert.All(match.Statement.Citations, citation => Assert.Contains(citation.Label, filter.Source.Labels)));
        Assert.True(filter.Matches.Length < filter.Items.Length, "some statements also cite another source");
    }

    [Fact]
    public void Read_DoesNotCite_KeepsThoseNotCitingTheSource()
    {
        var filter = Filter("how do mid-level dispatchers use AI?", "which of the AI ones doesn't cite Jadhav & Danve?");

        Assert.Equal(FilterRule.DoesNotCite, filter.Rule);
        Assert.Contains("Jadhav", filter.Source!.Name, StringComparison.Ordinal);
        Assert.All(filter.Matches, match => Assert.DoesNotContain(match.Statement.Citations, citation => filter.Source.Labels.Contains(citation.Label)));
        Assert.True(filter.Matches.Length < filter.Items.Length);
    }

    [Fact]
    public void Read_WordInTheTitleOfOneSide_KeepsThatSidesStatementsUsingIt()
    {
        var filter = Filter("Emerging vs Advanced — give me both lists", "Of the Advanced ones, which have 'planning' in the title?");

        Assert.Equal(FilterRule.Mentions, filter.Rule);
        Assert.Equal(["Capacity planning", "Emergency and contingency planning"], [.. Titles(filter).Order(StringComparer.Ordinal)]);
    }

    [Fact]
    public void Read_WhichOneIsAboutInANamedSection_FindsItInThatSectionOnly()
    {
        var question = Seeds.Last(["our team leads keep asking what separates Applying from Exceeding on leadership", "great. for Exceeding metacognition, which one is about post-incident reviews?"]);

        PlacedStatement[] found = question switch
        {
            FilterQuestion filter => [.. filter.Matches],
            SearchQuestion search => [.. search.Hits.Select(hit => hit.Placed).OfType<PlacedStatement>()],
            _ => [],
        };
        var match = Assert.Single(found);
        Assert.Equal(("Metacognition", ProficiencyLevel.Advanced), (match.Place.DomainName, match.Place.Level));
    }

    [Fact]
    public void Read_LevelAfterOneAiStatement_IsAiUseAtThatLevel()
    {
        var turns = Seeds.Converse(Seeds.SharedReader, ["how do entry-level dispatchers use AI?", "which one has no citation at all?", "ok and what does it say?", "what about at Developing?"]);

        var ai = ReadingAssert.Is<AiUsageQuestion>(turns[^1]);
        Assert.Equal(ProficiencyLevel.Developing, ai.Level);
    }

    private static FilterQuestion Filter(params string[] turns) =>
        ReadingAssert.Is<FilterQuestion>(Seeds.Last(turns), turns[^1]);

    private static string[] Titles(FilterQuestion filter) => [.. filter.Matches.Select(match => match.Statement.Title ?? "")];
}
