using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Store;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>
/// A store with two occupations: the dispatchers, and a small synthetic "Freight Forwarders" framework (built from the
/// dispatcher seeds under another SOC code, title and related titles). A question must land on the occupation it
/// names, ask which one when it names none, and keep the chosen one for follow-ups.
/// </summary>
public sealed class SeveralOccupationsTests
{
    private const string FreightSoc = "43-5011.01";
    private const string FreightTitle = "Freight Forwarders";

    private static readonly Lazy<QuestionReader> LazyReader = new(() => new QuestionReader(new KnowledgeIndex(TwoOccupationStore())));

    private static QuestionReader Reader => LazyReader.Value;

    [Fact]
    public void Store_HoldsBothOccupationsWithTheirOwnRelatedTitles()
    {
        var store = TwoOccupationStore();

        var freight = store.FindBySoc(FreightSoc);
        Assert.NotNull(freight);
        Assert.Equal(FreightTitle, freight.Occupation.Title);
        Assert.Contains("Shipping Agent", freight.Onet.RelatedTitles);
        Assert.Contains("Cab Starter", store.FindBySoc(Seeds.DispatchersSoc)!.Onet.RelatedTitles);
    }

    [Fact]
    public void Read_QuestionAboutOneOccupation_BuildsTheSearchIndexesOfThatOccupationOnly()
    {
        var index = new KnowledgeIndex(TwoOccupationStore());
        var reader = new QuestionReader(index);
        var composer = new AnswerComposer(index);

        composer.Compose(reader.Read("What is Customer escalation handling for a dispatcher?"));

        Assert.True(index.Index.BySoc[Seeds.DispatchersSoc].IsPrepared);
        Assert.False(index.Index.BySoc[FreightSoc].IsPrepared);
    }

    [Theory]
    [InlineData("what's expected at L3?")]
    [InlineData("list the tasks")]
    [InlineData("how do seniors use AI?")]
    [InlineData("leadership at the applying level")]
    [InlineData("compare junior and senior")]
    [InlineData("SOC code?")]
    public void Read_NamingNeitherOccupation_AsksWhichOne(string text)
    {
        var which = ReadingAssert.Is<WhichOccupationQuestion>(Reader.Read(text), text);

        Assert.Equal([FreightSoc, Seeds.DispatchersSoc], which.Choices.Select(choice => choice.Occupation.SocCode).Order(StringComparer.Ordinal));
        Assert.Equal(text, which.PendingText);
    }

    [Theory]
    [InlineData("what do senior freight forwarders do", FreightSoc, ProficiencyLevel.Proficient)]
    [InlineData("43-5011.01 level 2", FreightSoc, ProficiencyLevel.Developing)]
    [InlineData("shipping agent - what's expected at entry level?", FreightSoc, ProficiencyLevel.Emerging)]
    [InlineData("freight forwarder expectations at the advnced level", FreightSoc, ProficiencyLevel.Advanced)]
    [InlineData("what does a junior dispatcher do", Seeds.DispatchersSoc, ProficiencyLevel.Emerging)]
    [InlineData("43-5032.00 L4", Seeds.DispatchersSoc, ProficiencyLevel.Advanced)]
    public void Read_LevelNamingAnOccupation_IsThatOccupationsLevel(string text, string soc, ProficiencyLevel level)
    {
        var question = ReadingAssert.Is<LevelQuestion>(Reader.Read(text), text);

        Assert.Equal((soc, level), (question.Framework.Occupation.SocCode, question.Level));
    }

    [Theory]
    [InlineData("is a shipping agent covered?", FreightSoc, "Shipping Agent")]
    [InlineData("does this apply to import export agents", FreightSoc, "Import Export Agent")]
    [InlineData("is a cab starter covered?", Seeds.DispatchersSoc, "Cab Starter")]
    public void Read_RelatedTitle_IsCoverageOfItsOwnOccupation(string text, string soc, string title)
    {
        var coverage = ReadingAssert.Is<CoverageQuestion>(Reader.Read(text), text);

        Assert.Equal((soc, title), (coverage.Framework.Occupation.SocCode, coverage.RelatedTitle));
    }

    [Fact]
    public void Read_ListNamingTheSecondOccupation_IsItsList()
    {
        var list = ReadingAssert.Is<ListQuestion>(Reader.Read("freight forwarding tasks"), "freight forwarding tasks");

        Assert.Equal((FreightSoc, OnetList.Tasks), (list.Framework.Occupation.SocCode, list.List));
    }

    [Fact]
    public void Read_DomainNamingTheSecondOccupation_IsItsDomain()
    {
        var domain = ReadingAssert.Is<DomainQuestion>(Reader.Read("freight forwarders: communication at applying level"), "freight forwarders: communication at applying level");

        Assert.Equal((FreightSoc, "Communication", (ProficiencyLevel?)ProficiencyLevel.Proficient), (domain.Framework.Occupation.SocCode, domain.Domain.Name, domain.Level));
    }

    [Fact]
    public void Read_OccupationNoStoreHolds_IsAnotherOccupation()
    {
        var other = ReadingAssert.Is<OtherOccupationQuestion>(Reader.Read("what does a proficient nurse do"), "what does a proficient nurse do");

        Assert.Equal("nurse", other.AskedFor, ignoreCase: true);
    }

    [Fact]
    public void Read_LevelFollowUp_KeepsTheOccupationOfThePreviousTurn()
    {
        var turns = Seeds.Converse(Reader, "what do senior freight forwarders do", "and at entry level?");

        var level = ReadingAssert.Is<LevelQuestion>(turns[1], "and at entry level?");
        Assert.Equal((FreightSoc, ProficiencyLevel.Emerging), (level.Framework.Occupation.SocCode, level.Level));
    }

    [Fact]
    public void Read_AiFollowUp_KeepsTheOccupationAndLevelOfThePreviousTurn()
    {
        var turns = Seeds.Converse(Reader, "43-5011.01 communication at L2", "what about AI at that level?");

        var ai = ReadingAssert.Is<AiUsageQuestion>(turns[1], "what about AI at that level?");
        Assert.Equal((FreightSoc, (ProficiencyLevel?)ProficiencyLevel.Developing), (ai.Framework.Occupation.SocCode, ai.Level));
    }

    [Theory]
    [InlineData("junior dispatcher expectations", "list the tasks", Seeds.DispatchersSoc)]
    [InlineData("is a shipping agent covered?", "what are the tasks?", FreightSoc)]
    [InlineData("freight forwarders at level 3", "ok what are the duties", FreightSoc)]
    public void Read_ListFollowUp_IsTheListOfTheOccupationInContext(string first, string followUp, string soc)
    {
        var turns = Seeds.Converse(Reader, first, followUp);

        var list = ReadingAssert.Is<ListQuestion>(turns[1], followUp);
        Assert.Equal((soc, OnetList.Tasks), (list.Framework.Occupation.SocCode, list.List));
    }

    [Fact]
    public void Read_FollowUpNamingTheOtherOccupation_SwitchesOccupationAndKeepsTheLevel()
    {
        var turns = Seeds.Converse(Reader, "what do senior freight forwarders do", "what about dispatchers at that level?");

        var level = ReadingAssert.Is<LevelQuestion>(turns[1], "what about dispatchers at that level?");
        Assert.Equal((Seeds.DispatchersSoc, ProficiencyLevel.Proficient), (level.Framework.Occupation.SocCode, level.Level));
    }

    [Fact]
    public void Read_PendingQuestionWithTheChosenSocCode_IsAnsweredForThatOccupation()
    {
        var which = ReadingAssert.Is<WhichOccupationQuestion>(Reader.Read("how do seniors use AI?"));

        var ai = ReadingAssert.Is<AiUsageQuestion>(Reader.Read($"{FreightSoc} {which.PendingText}"));
        Assert.Equal((FreightSoc, (ProficiencyLevel?)ProficiencyLevel.Proficient), (ai.Framework.Occupation.SocCode, ai.Level));
    }

    /// <summary>The dispatcher export and page, plus both again as "Freight Forwarders" under another SOC code with related titles of its own.</summary>
    private static FrameworkStore TwoOccupationStore()
    {
        const string dispatchersTitle = "Dispatchers, Except Police, Fire, and Ambulance";
        var export = Seeds.Text(Seeds.ExportFile);
        var page = Seeds.Text(Seeds.PageFile);
        var relatedTitles = page.Split('\n').Single(line => line.StartsWith("Aircraft Dispatcher · ", StringComparison.Ordinal));
        var freightExport = export
            .Replace(Seeds.DispatchersSoc, FreightSoc, StringComparison.Ordinal)
            .Replace(dispatchersTitle, FreightTitle, StringComparison.Ordinal);
        var freightPage = page
            .Replace(Seeds.DispatchersSoc, FreightSoc, StringComparison.Ordinal)
            .Replace(dispatchersTitle, FreightTitle, StringComparison.Ordinal)
            .Replace(relatedTitles, "Freight Agent · Shipping Agent · Import Export Agent", StringComparison.Ordinal);
        var import = Seeds.Import(
            ("000_dispatchers.txt", page),
            ("001_dispatchers.txt", export),
            ("002_article.txt", Seeds.Text(Seeds.ArticleFile)),
            ("003_freight.txt", freightPage),
            ("004_freight.txt", freightExport));
        return FrameworkStore.Create(import);
    }
}
