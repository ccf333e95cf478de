using ChatBot.Knowledge.Model;

namespace ChatBot.Tests.Cards;

/// <summary>
/// Long answers fold: each part is a title line that shows or hides a closed section, and folding leaves nothing
/// out: every statement of the answer is in the card (hidden until opened) and in the plain-text summary.
/// </summary>
public sealed class FoldedSectionTests : IDisposable
{
    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    public static TheoryData<string, string> LongAnswers() => new()
    {
        { "Durable skills at the Developing level", "domains" },
        { "How is AI used at each level?", "ai" },
    };

    [Theory]
    [MemberData(nameof(LongAnswers))]
    public async Task Reply_LongAnswer_HoldsEveryStatementInTheCardAndTheSummary(string question, string kind)
    {
        var reply = await GoldenCardTests.ReplyAsync(_app, new CardKind(kind, question));

        var cardText = Activities.AllText(reply["attachments"]![0]!["content"]);
        var summary = (string)reply["summary"]!;
        var statements = Expected(kind);
        Assert.True(statements.Count >= 13, $"{statements.Count} statements");
        Assert.All(statements, statement =>
        {
            Assert.Contains($"{statement.Title} — {statement.Description}", summary, StringComparison.Ordinal);
            Assert.Contains(statement.Title!, cardText, StringComparison.Ordinal);
            Assert.Contains(statement.Description, cardText, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(LongAnswers))]
    public async Task Reply_LongAnswer_ShowsOnlyTitleLinesEachTogglingOneClosedSection(string question, string kind)
    {
        var card = (await GoldenCardTests.ReplyAsync(_app, new CardKind(kind, question)))["attachments"]![0]!["content"]!;

        var body = card["body"]!.AsArray().Select(element => element!).ToList();
        var sections = body.Where(element => (string?)element["type"] == "Container" && element["isVisible"] is not null).ToList();
        var toggles = body.Where(element => element["selectAction"] is not null).Select(element => element["selectAction"]!).ToList();
        Assert.True(sections.Count >= 5);
        Assert.Equal(sections.Count, toggles.Count);
        Assert.All(sections, section => Assert.False((bool)section["isVisible"]!));
        Assert.All(toggles, toggle => Assert.Equal("Action.ToggleVisibility", (string?)toggle["type"]));
        Assert.Equal(sections.Select(section => (string?)section["id"]), toggles.Select(toggle => (string?)toggle["targetElements"]![0]));
        Assert.DoesNotContain(body.Except(sections), element => (string?)element["type"] == "RichTextBlock" && Activities.AllText(element).Contains(" — ", StringComparison.Ordinal));
    }

    private List<Statement> Expected(string kind)
    {
        var framework = _app.Knowledge.Store.Frameworks.Single();
        return kind switch
        {
            "domains" => [.. framework.Domains.SelectMany(domain => domain.Groups.Where(group => group.Level == ProficiencyLevel.Developing)).SelectMany(group => group.Statements)],
            _ => [.. framework.AiUsage.SelectMany(group => group.Statements)],
        };
    }
}
