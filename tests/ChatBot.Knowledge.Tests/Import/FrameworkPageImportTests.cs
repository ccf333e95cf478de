using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Tests.Import;

/// <summary>What the dispatcher framework looks like once both seed formats are merged.</summary>
public sealed class FrameworkPageImportTests
{
    private const string Aei = "Anthropic Economic Index — release_2026_03_24";
    private const string Safi = "Skill Automation Feasibility Index — Jadhav & Danve, 2026 (arXiv:2604.06906)";
    private const string Wef = "WEF Skills Taxonomy 2021 — Building a Common Language for Skills at Work";
    private const string Onet = "O*NET Resource Center — Occupational Information Network, v30.2 (Sept 2025)";
    private const string Pathsmith = "Pathsmith Durable Skills Framework — America Succeeds + CompTIA";

    private readonly OccupationFramework _framework = Seeds.Dispatchers();

    [Fact]
    public void Occupation_HasEveryHeaderField()
    {
        var occupation = _framework.Occupation;

        Assert.Equal("Dispatchers, Except Police, Fire, and Ambulance", occupation.Title);
        Assert.Equal(("Office & Administrative Support", "48-49"), (occupation.Group, occupation.Sector));
        Assert.Equal((2, "Some Preparation", false), (occupation.JobZone, occupation.JobZoneLabel, occupation.JobZoneInferred));
        Assert.Equal("v.26.05", _framework.Version);
        Assert.StartsWith("This framework covers non-emergency dispatch operations", _framework.ContextCovered, StringComparison.Ordinal);
    }

    [Fact]
    public void Levels_AreFourWithTenStatementsEachAndRoleLabelsFromThePage()
    {
        Assert.Equal(
            [
                ("Emerging", "Entry / Apprentice", 10),
                ("Developing", "Mid-level / Established", 10),
                ("Proficient", "Senior / Expert IC", 10),
                ("Advanced", "Lead / Principal / Executive", 10),
            ],
            _framework.Levels.Select(level => (level.Name, level.RoleLabel, level.Statements.Length)));
    }

    [Fact]
    public void LevelStatements_TakeTitleAndDescriptionFromTheExport()
    {
        var proficient = _framework.FindLevel(ProficiencyLevel.Proficient)!;

        Assert.Equal("Schedule optimization", proficient.Statements[4].Title);
        Assert.Equal("design efficient daily and weekly run schedules that reduce idle time and fuel costs for a fleet operating across diverse service areas.", proficient.Statements[4].Description);
        Assert.Equal(Enumerable.Range(1, 10), proficient.Statements.Select(statement => statement.Position));
    }

    [Fact]
    public void AiUsage_HasTwoThreeFourFourStatements()
    {
        Assert.Equal(
            [(ProficiencyLevel.Emerging, 2), (ProficiencyLevel.Developing, 3), (ProficiencyLevel.Proficient, 4), (ProficiencyLevel.Advanced, 4)],
            _framework.AiUsage.Select(group => (group.Level, group.Statements.Length)));
    }

    [Fact]
    public void AiUsage_StatementsCarryExactChipLabelsAndFullTitles()
    {
        var developing = _framework.AiUsage[1].Statements;

        var review = developing[0];
        Assert.Equal("Route and resource suggestion review", review.Title);
        Assert.Equal("accepts AI-generated crew or vehicle assignment recommendations for straightforward service requests, cross-checking against real-time field conditions before confirming dispatch.", review.Description);
        Assert.Equal([new Citation("Anthropic Economic Index", Aei), new Citation("Jadhav & Danve, 2026", Safi)], review.Citations.ToArray());

        var proficientFirst = _framework.AiUsage[2].Statements[0];
        Assert.Equal([new Citation("Anthropic Economic Index", Aei), new Citation("WEF Skills Taxonomy", Wef)], proficientFirst.Citations.ToArray());
    }

    [Fact]
    public void AiUsage_StatementWithoutCitation_KeepsAnEmptyListAndIsReported()
    {
        var uncited = _framework.AiUsage[0].Statements[1];

        Assert.Equal("Basic dispatch language support", uncited.Title);
        Assert.Equal("prompts an AI assistant to draft routine relay messages or customer-facing notifications, copying and lightly editing the result rather than composing from scratch.", uncited.Description);
        Assert.Empty(uncited.Citations);
        Assert.Contains(Seeds.LoadStore().Issues, issue => issue.Message.Contains("'Basic dispatch language support' cites no source", StringComparison.Ordinal));
    }

    [Fact]
    public void Domains_AreTenWithTheStatementCountsActuallyListed()
    {
        Assert.Equal(
            [
                ("Communication", 11, 12), ("Leadership", 10, 10), ("Metacognition", 8, 8), ("Critical Thinking", 9, 9),
                ("Collaboration", 9, 9), ("Character", 8, 8), ("Creativity", 8, 8), ("Growth Mindset", 8, 8),
                ("Mindfulness", 8, 8), ("Fortitude", 8, 8),
            ],
            _framework.Domains.Select(domain => (domain.Name, domain.StatementCount, domain.DeclaredStatementCount ?? 0)));
    }

    [Fact]
    public void Domains_CommunicationCountMismatch_IsReportedAsWarning()
    {
        var issue = Assert.Single(Seeds.LoadStore().Issues, issue => issue.Message.Contains("domain 'Communication': the header says 12", StringComparison.Ordinal));

        Assert.Equal(ImportSeverity.Warning, issue.Severity);
        Assert.Contains("lists 11", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Domains_MapDurableSkillLevelsToRoleLevels()
    {
        var communication = _framework.Domains[0];

        Assert.Equal(
            [("Emerging", ProficiencyLevel.Emerging), ("Developing", ProficiencyLevel.Developing), ("Applying", ProficiencyLevel.Proficient), ("Exceeding", ProficiencyLevel.Advanced)],
            communication.Groups.Select(group => (group.LevelName, group.Level)));
    }

    [Fact]
    public void Domains_StatementsCarryTheirCitations()
    {
        var relay = _framework.Domains[0].Groups[1].Statements[0];
        var mentorship = _framework.Domains[6].Groups[3].Statements[1];

        Assert.Equal("Multi-channel relay", relay.Title);
        Assert.Equal("relays instructions, work orders, and status updates between field crews and supervisors across phone and radio channels with growing accuracy", relay.Description);
        Assert.Equal([new Citation("Pathsmith Durable Skills", Pathsmith), new Citation("O*NET v30.2", Onet)], relay.Citations.ToArray());
        Assert.Equal("Creative problem-solving mentorship", mentorship.Title);
        Assert.Equal([new Citation("Pathsmith Durable Skills", Pathsmith)], mentorship.Citations.ToArray());
    }

    [Fact]
    public void EvidencePack_HasAeiSafiAndWefFigures()
    {
        var groups = _framework.EvidencePack.ToDictionary(group => group.Name);

        Assert.Equal(["AEI usage", "SAFI positioning", "WEF cluster"], groups.Keys);
        Assert.Equal(("170", "17%", "93.3%", "2.71"), (groups["AEI usage"].Find("Task observations"), groups["AEI usage"].Find("Augment share"), groups["AEI usage"].Find("Time saved"), groups["AEI usage"].Find("AI autonomy")));
        Assert.Equal(("Active Listening", "42.2 / 100", "Q2_ai_augmented", "exact"), (groups["SAFI positioning"].Find("Top skill"), groups["SAFI positioning"].Find("Score"), groups["SAFI positioning"].Find("Quadrant"), groups["SAFI positioning"].Find("precision")));
        Assert.Equal([new EvidenceFact(null, "Human-Technology Interaction"), new EvidenceFact(null, "human_technology_interaction")], groups["WEF cluster"].Facts.ToArray());
    }

    [Fact]
    public void Onet_ListsAreSplitIntoTheirItems()
    {
        var onet = _framework.Onet;

        Assert.Equal(12, onet.RelatedTitles.Length);
        Assert.Contains("Cab Starter", onet.RelatedTitles);
        Assert.Contains("Auto Service Dispatcher (Automotive Service Dispatcher)", onet.RelatedTitles);
        Assert.Equal(13, onet.Skills.Length);
        Assert.Equal("Judgment and Decision Making", onet.Skills[7]);
        Assert.Equal(8, onet.KnowledgeDomains.Length);
        Assert.Equal(10, onet.Abilities.Length);
        Assert.Equal(["Dependability", "Attention to Detail", "Stress Tolerance", "Cooperation", "Self-Control", "Adaptability"], onet.WorkStyles.ToArray());
        Assert.Equal(10, onet.Technology.Length);
        Assert.Contains("Customer relationship management CRM software", onet.Technology);
        Assert.Contains("Geographic information system", onet.Technology);
        Assert.Equal(8, onet.Tasks.Length);
        Assert.Equal("Prepare daily work and run schedules.", onet.Tasks[1]);
        Assert.Equal(["52.0410"], onet.CipCodes.ToArray());
    }

    [Fact]
    public void Sources_ListFullNamesAndTheAttribution()
    {
        Assert.Equal(
            ["O*NET v30.2 (CC BY 4.0)", "SkillsCrosswalk.com", "LER.me", "Anthropic Economic Index", "SAFI (Jadhav & Danve, 2026)", "WEF Skills Taxonomy 2021", "Pathsmith Durable Skills Framework"],
            _framework.Sources.Select(source => source.Name));
        Assert.Equal("© 2026 EBSCOed.", _framework.Attribution);
    }

    [Fact]
    public void LevelSources_NameTheExportSourcesAsThePageDoes()
    {
        Assert.Equal(
            [new SourceReference("O*NET v30.2 (CC BY 4.0)"), new SourceReference("SkillsCrosswalk.com", new Uri("https://skillscrosswalk.com")), new SourceReference("LER.me")],
            _framework.LevelSources.ToArray());
    }
}
