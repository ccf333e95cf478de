using System.Text.Json.Nodes;

namespace ChatBot.Tests.Cards;

/// <summary>
/// Whose words a card shows, said exactly: the framework's copyright line only under the framework's own content,
/// an article quoted under its own title only, and the level statements sourced the same way in every kind of answer
/// (no statement-by-statement mark; one sentence naming the sources the export gives for the framework as a whole).
/// </summary>
public sealed class AttributionTests : IDisposable
{
    private const string Copyright = "Framework content © 2026 EBSCOed.";
    private const string LevelStatementsSentence =
        "Level statements cite no sources one by one; the framework's export names O*NET v30.2 (CC BY 4.0), SkillsCrosswalk.com and LER.me as sources for the framework as a whole.";

    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("level")]
    [InlineData("level-fit")]
    [InlineData("compare")]
    [InlineData("progression")]
    [InlineData("statement")]
    [InlineData("search")]
    [InlineData("ai-level")]
    [InlineData("domain-level")]
    [InlineData("domains-at-level")]
    [InlineData("scope")]
    public async Task Reply_CardShowingTheFrameworksOwnContent_CarriesItsCopyrightLineOnce(string name)
    {
        var text = Activities.AllText(await CardAsync(name));

        Assert.Equal(1, Occurrences(text, Copyright));
        Assert.Equal(1, Occurrences(text, "EBSCOed"));
    }

    [Theory]
    [InlineData("salary")]
    [InlineData("evidence")]
    [InlineData("list-tasks")]
    [InlineData("item-yes")]
    [InlineData("coverage")]
    [InlineData("codes")]
    [InlineData("help")]
    public async Task Reply_CardShowingNoneOfTheFrameworksOwnContent_CarriesNoCopyrightLine(string name)
    {
        Assert.DoesNotContain("EBSCOed", Activities.AllText(await CardAsync(name)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_PayQuotedFromAnArticle_NamesTheArticleAsItsOnlySource()
    {
        var reply = await GoldenCardTests.ReplyAsync(_app, CardKinds.All.Single(kind => kind.Name == "salary"));

        var text = Activities.AllText(reply["attachments"]![0]!["content"]);
        const string Title = "Dispatcher vs. 911 Operator: What Are the Differences?";
        Assert.Contains($"Source: {Title}", text, StringComparison.Ordinal);
        Assert.Equal([Title], reply["entities"]![0]!["citation"]!.AsArray().Select(claim => (string?)claim!["appearance"]!["name"]));
        Assert.DoesNotContain("O*NET", text, StringComparison.Ordinal);
        Assert.DoesNotContain("LER.me", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("level")]
    [InlineData("level-fit")]
    [InlineData("compare")]
    [InlineData("progression")]
    [InlineData("statement")]
    [InlineData("search")]
    public async Task Reply_CardShowingLevelStatements_MarksNoneAndSaysOnceHowTheFrameworkIsSourced(string name)
    {
        var card = await CardAsync(name);
        var levelTitles = _app.Knowledge.Store.Frameworks.Single().Levels.SelectMany(level => level.Statements).Select(statement => statement.Title!).ToHashSet();

        var shown = Statements(card).Where(runs => levelTitles.Contains(TitleOf(runs[0]))).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, runs => Assert.Equal(2, runs.Count));
        Assert.Equal(1, Occurrences(Activities.AllText(card), LevelStatementsSentence));
    }

    [Fact]
    public async Task Reply_LevelStatementsKeptByAFilter_MarksNoneAndSaysOnceHowTheFrameworkIsSourced()
    {
        var kind = new CardKind("filter-level", "which of those mention radio?", ["What does a Proficient dispatcher do?"]);
        var card = (await GoldenCardTests.ReplyAsync(_app, kind))["attachments"]![0]!["content"]!;
        var levelTitles = _app.Knowledge.Store.Frameworks.Single().Levels.SelectMany(level => level.Statements).Select(statement => statement.Title!).ToHashSet();

        var shown = Statements(card).Where(runs => levelTitles.Contains(TitleOf(runs[0]))).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, runs => Assert.Equal(2, runs.Count));
        Assert.Equal(1, Occurrences(Activities.AllText(card), LevelStatementsSentence));
    }

    [Fact]
    public async Task Reply_FilterOfASectionNamed_DoesNotCallItThePreviousAnswer()
    {
        var kind = new CardKind("filter-section", "which AI statements cite the Anthropic Economic Index?", ["communication skills for a developing dispatcher"]);

        var text = Activities.AllText((await GoldenCardTests.ReplyAsync(_app, kind))["attachments"]![0]!["content"]);

        Assert.Contains("statements asked about cite Anthropic Economic Index", text, StringComparison.Ordinal);
        Assert.DoesNotContain("previous answer", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ai-level")]
    [InlineData("domain-level")]
    [InlineData("domains-at-level")]
    public async Task Reply_CardShowingOnlyStatementsThatCiteTheirOwn_MarksEachAndSaysNothingOfTheLevelStatements(string name)
    {
        var card = await CardAsync(name);

        var statements = Statements(card);
        Assert.NotEmpty(statements);
        Assert.All(statements, runs => Assert.Matches(@"^ \((cites: .+|no source cited)\)$", (string?)runs[^1]["text"]));
        Assert.DoesNotContain("Level statements cite", Activities.AllText(card), StringComparison.Ordinal);
    }

    private async Task<JsonNode> CardAsync(string name) =>
        (await GoldenCardTests.ReplyAsync(_app, CardKinds.All.Single(kind => kind.Name == name)))["attachments"]![0]!["content"]!;

    /// <summary>The runs of every RichTextBlock in the card, sections and columns included.</summary>
    private static List<List<JsonNode>> Paragraphs(JsonNode? node) => node switch
    {
        JsonObject obj when (string?)obj["type"] == "RichTextBlock" => [[.. obj["inlines"]!.AsArray().Select(run => run!)]],
        JsonObject obj => [.. obj.SelectMany(pair => Paragraphs(pair.Value))],
        JsonArray array => [.. array.SelectMany(Paragraphs)],
        _ => [],
    };

    /// <summary>The runs of each statement the card shows: "N. title" in bold, " — description", what it cites if marked.</summary>
    private static List<List<JsonNode>> Statements(JsonNode card) =>
        [.. Paragraphs(card).Where(runs => runs.Count >= 2 && ((string?)runs[1]["text"])?.StartsWith(" — ", StringComparison.Ordinal) == true)];

    /// <summary>"3. Customer escalation handling" and "Customer escalation handling" both give the title.</summary>
    private static string TitleOf(JsonNode run) => System.Text.RegularExpressions.Regex.Replace((string?)run["text"] ?? "", @"^\d+\. ", "");

    private static int Occurrences(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
