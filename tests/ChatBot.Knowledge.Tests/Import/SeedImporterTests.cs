using ChatBot.Knowledge.Import;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Tests.Import;

public sealed class SeedImporterTests
{
    [Fact]
    public void ImportDirectory_RealSeeds_MergesExportAndPageIntoOneOccupation()
    {
        var import = SeedImporter.ImportDirectory(Seeds.Directory);

        var framework = Assert.Single(import.Frameworks);
        Assert.Equal(Seeds.DispatchersSoc, framework.Occupation.SocCode);
        Assert.Equal([Path.GetFileName(Seeds.ExportFile), Path.GetFileName(Seeds.PageFile)], framework.SourceFiles.ToArray());
        Assert.DoesNotContain(import.Issues, issue => issue.Severity == ImportSeverity.Error);
    }

    [Fact]
    public void ImportDirectory_RealSeeds_LoadsTheArticleAsReferenceDocument()
    {
        var import = SeedImporter.ImportDirectory(Seeds.Directory);

        var article = Assert.Single(import.References);
        Assert.Equal("Dispatcher vs. 911 Operator: What Are the Differences?", article.Title);
        Assert.StartsWith("Learn about the two careers", article.Summary, StringComparison.Ordinal);
        Assert.Equal(
            [null, "What is a Dispatcher?", "What is a 911 Operator?", "Dispatcher vs. 911 Operator", "Job Duties", "Job Requirements", "Work Environment", null, null],
            article.Sections.Select(section => section.Heading));
        Assert.Contains(article.Sections.SelectMany(section => section.Paragraphs), paragraph =>
            paragraph.Contains("Dispatchers earn an average salary of $45,774 per year, while 911 operators earn an average salary of $49,177 per year.", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Sections, section => section.Heading is { } heading && heading.Contains("Business Analyst", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_PageWithoutExport_KeepsGluedLevelTextWithoutInventingTitles()
    {
        var import = Seeds.Import((Path.GetFileName(Seeds.PageFile), Seeds.Text(Seeds.PageFile)));

        var framework = Assert.Single(import.Frameworks);
        var first = framework.FindLevel(ProficiencyLevel.Emerging)!.Statements[0];
        Assert.Null(first.Title);
        Assert.Equal("Dispatch requestsreceive and log under direct supervisor guidance using telephone or two-way radio in a transportation or service dispatch center.", first.Description);
        Assert.Contains(import.Issues, issue => issue.Message.Contains("no JSON export", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_ExportWithoutPage_LoadsLevelsAndNamesSourcesFromTheExport()
    {
        var import = Seeds.Import(("export.txt", Seeds.Text(Seeds.ExportFile)));

        var framework = Assert.Single(import.Frameworks);
        Assert.Equal(40, framework.Levels.Sum(level => level.Statements.Length));
        Assert.All(framework.Levels, level => Assert.Null(level.RoleLabel));
        Assert.Contains(framework.LevelSources, source => source.Url == new Uri("https://skillscrosswalk.com"));
    }

    [Fact]
    public void Import_InvalidJson_ReportsFileAndFaultAndStillLoadsTheOthers()
    {
        var import = Seeds.Import(
            ("broken.json", """{"schemaVersion":"1.0","occupation":{"soc":"""),
            ("page.txt", Seeds.Text(Seeds.PageFile)));

        var error = Assert.Single(import.Issues, issue => issue.Severity == ImportSeverity.Error);
        Assert.Equal("broken.json", error.FileName);
        Assert.StartsWith("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Single(import.Frameworks);
    }

    [Fact]
    public void Import_ExportWithWrongFieldType_ReportsThePath()
    {
        var json = Seeds.Text(Seeds.ExportFile).Replace("\"jobZone\":2", "\"jobZone\":\"two\"", StringComparison.Ordinal);

        var import = Seeds.Import(("zone.txt", json));

        var error = Assert.Single(import.Issues);
        Assert.Contains("$.occupation.jobZone", error.Message, StringComparison.Ordinal);
        Assert.Empty(import.Frameworks);
    }

    [Theory]
    [InlineData("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"2.0\"", "unknown schemaVersion '2.0'")]
    [InlineData("\"schemaVersion\":\"1.0\",", "", "no schemaVersion")]
    public void Import_ExportWithUnsupportedSchema_IsRejectedWithTheReason(string find, string replace, string expected)
    {
        var import = Seeds.Import(("export.txt", Seeds.Text(Seeds.ExportFile).Replace(find, replace, StringComparison.Ordinal)));

        var error = Assert.Single(import.Issues);
        Assert.Equal(ImportSeverity.Error, error.Severity);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(import.Frameworks);
    }

    [Fact]
    public void Import_TruncatedPage_IsRejectedAndTheExportStillLoads()
    {
        var page = Seeds.Text(Seeds.PageFile);
        var truncated = page[..page.IndexOf("Evidence pack", StringComparison.Ordinal)];

        var import = Seeds.Import(("export.txt", Seeds.Text(Seeds.ExportFile)), ("page.txt", truncated));

        var error = Assert.Single(import.Issues, issue => issue.Severity == ImportSeverity.Error);
        Assert.Equal("page.txt", error.FileName);
        Assert.StartsWith("truncated page", error.Message, StringComparison.Ordinal);
        var framework = Assert.Single(import.Frameworks);
        Assert.Equal(["export.txt"], framework.SourceFiles.ToArray());
    }

    [Fact]
    public void Import_NotUtf8_IsReportedAsSuch()
    {
        var import = SeedImporter.Import([("latin1.txt", [0x53, 0x4F, 0x43, 0xE9, 0xFF, 0x20])]);

        var error = Assert.Single(import.Issues);
        Assert.Equal(("latin1.txt", "not UTF-8 text"), (error.FileName, error.Message));
    }

    [Fact]
    public void Import_EmptyFile_IsReported()
    {
        var import = Seeds.Import(("empty.txt", "  \n"));

        Assert.Equal("the file is empty", Assert.Single(import.Issues).Message);
    }

    [Fact]
    public void Import_TwoOccupations_AreKeyedBySocAndBothLoad()
    {
        var other = Seeds.Text(Seeds.ExportFile)
            .Replace("43-5032.00", "53-1047.00", StringComparison.Ordinal)
            .Replace("Dispatchers, Except Police, Fire, and Ambulance", "First-Line Supervisors of Transportation Workers", StringComparison.Ordinal);

        var import = Seeds.Import(("a.txt", Seeds.Text(Seeds.ExportFile)), ("b.txt", other), ("c.txt", Seeds.Text(Seeds.PageFile)));

        Assert.Equal(["43-5032.00", "53-1047.00"], import.Frameworks.Select(framework => framework.Occupation.SocCode));
        Assert.Equal(["a.txt", "c.txt"], import.Frameworks[0].SourceFiles.ToArray());
        Assert.Equal(["b.txt"], import.Frameworks[1].SourceFiles.ToArray());
    }
}
