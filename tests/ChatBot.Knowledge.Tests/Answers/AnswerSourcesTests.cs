using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>
/// The sources an answer carries are those of what it shows: the export's framework-wide sources wherever a
/// role-level statement is shown (it cites none of its own), what the other statements cite, and where the evidence
/// pack's figures come from wherever the pack is shown.
/// </summary>
public sealed class AnswerSourcesTests
{
    private static readonly string[] FrameworkWide = ["O*NET v30.2 (CC BY 4.0)", "SkillsCrosswalk.com", "LER.me"];

    private static readonly KnowledgeIndex Index = new(Seeds.LoadStore());

    private readonly AnswerComposer _composer = new(Index);
    private readonly QuestionReader _reader = new(Index);
    private readonly OccupationFramework _framework = Seeds.Dispatchers();

    [Fact]
    public void Compose_SearchFindingARoleLevelStatement_CarriesTheSourcesTheExportNamesForTheFramework()
    {
        var answer = Assert.IsType<SearchAnswer>(_composer.Compose(_reader.Search(_framework, ["angry", "customers"])));

        Assert.Contains(answer.Hits, hit => hit is { Title: "Customer escalation handling", Section: StatementSection.RoleLevel });
        Assert.Equal([.. FrameworkWide, "Pathsmith Durable Skills Framework"], answer.Sources.Select(source => source.Name));
    }

    [Fact]
    public void Compose_SourcesOfTheAiUseShown_ListsEachStatementWithWhatItCites()
    {
        var answer = Assert.IsType<SourcesAnswer>(_composer.Compose(new SourcesQuestion(_framework, new ConversationFocus(FocusKind.AiUsage, ProficiencyLevel.Advanced, null))));

        Assert.Equal(_framework.FindAiUsage(ProficiencyLevel.Advanced)!.Statements.Select(statement => statement.Title), answer.Statements.Select(statement => statement.Title));
        Assert.Equal(answer.Statements.SelectMany(statement => statement.Citations).Select(citation => citation.Label).Distinct().Count(), answer.Sources.Length);
    }

    [Fact]
    public void Compose_SourcesOfALevelShown_ListsNoStatementForItsStatementsCiteNoneOfTheirOwn()
    {
        var answer = Assert.IsType<SourcesAnswer>(_composer.Compose(new SourcesQuestion(_framework, new ConversationFocus(FocusKind.Level, ProficiencyLevel.Advanced, null))));

        Assert.Empty(answer.Statements);
        Assert.Equal(FrameworkWide, answer.Sources.Select(source => source.Name));
    }

    [Fact]
    public void Compose_SearchFindingNoRoleLevelStatement_CarriesOnlyWhatItsStatementsCite()
    {
        var answer = Assert.IsType<SearchAnswer>(_composer.Compose(_reader.Search(_framework, ["autonomy", "calibration"])));

        Assert.DoesNotContain(answer.Hits, hit => hit.Section == StatementSection.RoleLevel);
        Assert.Contains(answer.Hits, hit => hit.Section == StatementSection.AiUsage);
        Assert.DoesNotContain(answer.Sources, source => source.Name is "SkillsCrosswalk.com" or "LER.me");
    }

    [Fact]
    public void Compose_AiUseAtALevelCitingOneSource_AlsoCarriesTheEvidencePacksSources()
    {
        var answer = Assert.IsType<AiUsageAnswer>(_composer.Compose(new AiUsageQuestion(_framework, ProficiencyLevel.Emerging)));

        Assert.Equal(["Anthropic Economic Index"], answer.Groups.SelectMany(group => group.Statements).SelectMany(statement => statement.Citations).Select(citation => citation.Label).Distinct());
        Assert.Equal(["Anthropic Economic Index", "SAFI (Jadhav & Danve, 2026)", "WEF Skills Taxonomy 2021"], answer.Sources.Select(source => source.Name));
    }
}
