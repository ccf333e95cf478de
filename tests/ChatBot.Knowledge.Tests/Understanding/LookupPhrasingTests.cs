using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>Looking one statement up by its title, searching by keyword, sources and codes.</summary>
public sealed class LookupPhrasingTests
{
    [Theory]
    [InlineData("what's schedule optimisation", "Schedule optimization")]
    [InlineData("explain crisis-period dispatch continuity", "Crisis-period dispatch continuity")]
    [InlineData("what does Mastery modelling mean", "Mastery modeling")]
    [InlineData("what is AI autonomy calibration?", "AI autonomy calibration")]
    [InlineData("tell me about Two-way radio relay", "Two-way radio relay")]
    [InlineData("define 'Honest incident reporting'", "Honest incident reporting")]
    [InlineData("Helpdesk software usage?", "Helpdesk software usage")]
    [InlineData("what's meant by expert system utilization", "Expert system utilization")]
    [InlineData("explain the workforce development statement", "Workforce development")]
    [InlineData("what's 'Stress recognition'?", "Stress recognition")]
    [InlineData("multi channel relay - what is it", "Multi-channel relay")]
    [InlineData("what does Confer-and-relay acceleration involve", "Confer-and-relay acceleration")]
    [InlineData("non routine problem resolution??", "Non-routine problem resolution")]
    [InlineData("what is custmer escalation handling", "Customer escalation handling")]
    [InlineData("what's 'time management under load' about", "Time management under load")]
    [InlineData("can you explain what the Attention anchoring one means? my trainee asked and I wasn't sure", "Attention anchoring")]
    public void Read_StatementTitle_IsThatStatement(string text, string title)
    {
        var statement = ReadingAssert.Is<StatementQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.NotEmpty(statement.Matches);
        Assert.All(statement.Matches, match => Assert.Equal(title, match.Statement.Title, ignoreCase: true));
    }

    [Fact]
    public void Read_TitleUsedInTwoPlaces_IsThatStatementInBothPlaces()
    {
        var statement = ReadingAssert.Is<StatementQuestion>(Seeds.SharedReader.Read("what's cross-functional coordination?"));

        Assert.Equal(
            ["Cross-functional coordination", "Cross-functional coordination"],
            statement.Matches.Select(match => match.Statement.Title));
    }

    [Theory]
    [InlineData("anything on dealing with angry customers?", "angry")]
    [InlineData("what statements mention the radio?", "radio")]
    [InlineData("where does GIS come up", "gis")]
    [InlineData("search for KPI", "kpi")]
    [InlineData("anything about weather?", "weather")]
    [InlineData("find anything about mentoring", "mentoring")]
    [InlineData("look for drills", "drills")]
    [InlineData("statements about confidentiality", "confidentiality")]
    [InlineData("is there anything about fuel costs", "fuel")]
    [InlineData("which statements talk about audits", "audits")]
    [InlineData("anything re: night shifts?", "night")]
    [InlineData("where do handoffs come up", "handoffs")]
    [InlineData("mentions of CAD?", "cad")]
    [InlineData("does the framework say anything about rude customers? asking for a friend 😅", "rude")]
    public void Read_KeywordSearch_SearchesForTheKeyword(string text, string term)
    {
        var search = ReadingAssert.Is<SearchQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Contains(search.Terms, candidate => candidate.Contains(term, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("sources pls")]
    [InlineData("what references does it cite")]
    [InlineData("citations?")]
    [InlineData("what's the framework based on")]
    [InlineData("list the sources used")]
    [InlineData("where's this data from?")]
    [InlineData("where does this info come from")]
    [InlineData("bibliografy")]
    public void Read_AskForSources_IsTheSourceList(string text)
    {
        var sources = ReadingAssert.Is<SourcesQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Null(sources.Focus);
    }

    [Theory]
    [InlineData("which sources back the advanced level?", ProficiencyLevel.Advanced)]
    [InlineData("what are the proficient statements based on?", ProficiencyLevel.Proficient)]
    [InlineData("citations for the junior level", ProficiencyLevel.Emerging)]
    public void Read_AskForSourcesOfALevel_IsThatLevelsSources(string text, ProficiencyLevel level)
    {
        var sources = ReadingAssert.Is<SourcesQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal((FocusKind.Level, level), (sources.Focus?.Kind, sources.Focus?.Level));
    }

    [Theory]
    [InlineData("SOC code?")]
    [InlineData("what's the O*NET code")]
    [InlineData("CIP code for this one")]
    [InlineData("job zone?")]
    [InlineData("how much prep is needed for this job")]
    [InlineData("what's the occupation code")]
    [InlineData("what classification is this under")]
    [InlineData("soc n cip codes pls")]
    public void Read_AskForCodes_IsTheCodes(string text)
    {
        var codes = ReadingAssert.Is<CodesQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal(Seeds.DispatchersSoc, codes.Framework.Occupation.SocCode);
    }

    [Theory]
    [InlineData("which version is this framework")]
    [InlineData("when was the framework last updated?")]
    [InlineData("who made this framework?")]
    [InlineData("who publishes it and where does the data come from?")]
    public void Read_AskAboutTheFrameworkItself_IsAbout(string text)
    {
        ReadingAssert.Is<AboutQuestion>(Seeds.SharedReader.Read(text), text);
    }
}
