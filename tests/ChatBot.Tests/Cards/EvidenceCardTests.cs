using System.Text.Json.Nodes;

namespace ChatBot.Tests.Cards;

/// <summary>
/// The evidence pack in words people read: each figure with a label, what it is and its source; the page's own
/// identifiers only in the folded section that gives its values as they are.
/// </summary>
public sealed class EvidenceCardTests : IDisposable
{
    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Reply_EvidencePack_WritesTheFiguresOutAndKeepsThePagesIdentifiersInTheirFoldedSection()
    {
        var body = await BodyAsync("Show the evidence pack");

        var open = Lines(body.Where(element => element["isVisible"] is null));
        var folded = Lines(body.Where(element => element["isVisible"] is not null));
        Assert.Contains("Quadrant: Q2 — AI-augmented", open);
        Assert.Single(open, line => line.Contains("Human-Technology Interaction", StringComparison.Ordinal));
        Assert.DoesNotContain(open, line => line.Replace("release_2026_03_24", "", StringComparison.Ordinal).Contains('_', StringComparison.Ordinal));
        Assert.Contains("Precision: Exact", open);
        Assert.DoesNotContain("precision: exact", open);
        Assert.Contains("Quadrant: Q2_ai_augmented", folded);
        Assert.Contains("(no label): human_technology_interaction", folded);
    }

    [Theory]
    [InlineData("Time saved: 93.3%", "The time saved the index reports for this occupation; the evidence pack does not say what it is measured against. Source: Anthropic Economic Index.")]
    [InlineData("Score: 42.2 / 100", "This occupation's score on the Skill Automation Feasibility Index (SAFI). Source: SAFI (Jadhav & Danve, 2026).")]
    [InlineData("Cluster: Human-Technology Interaction", "The cluster of the WEF Skills Taxonomy the evidence pack names for this occupation. Source: WEF Skills Taxonomy 2021.")]
    public async Task Reply_EvidencePack_GivesEachFigureWhatItIsAndItsSource(string figure, string meaning)
    {
        var lines = Lines(await BodyAsync("Show the evidence pack"));

        var at = lines.IndexOf(figure);
        Assert.True(at >= 0, figure);
        Assert.Equal(meaning, lines[at + 1]);
    }

    [Fact]
    public async Task Reply_AskingForOneFigure_PutsItFirstWithWhatItIs()
    {
        var lines = Lines(await BodyAsync("What's the SAFI top skill?"));

        Assert.Equal("Top skill (SAFI positioning): Active Listening. The top skill SAFI names for this occupation.", lines[4]);
    }

    private async Task<List<JsonNode>> BodyAsync(string question) =>
        [.. (await GoldenCardTests.ReplyAsync(_app, new CardKind("evidence", question)))["attachments"]![0]!["content"]!["body"]!.AsArray().Select(element => element!)];

    /// <summary>What a person reads, a line per paragraph: a RichTextBlock's runs joined, a TextBlock, a fact as "title: value".</summary>
    private static List<string> Lines(IEnumerable<JsonNode> elements) => [.. elements.SelectMany(Lines)];

    private static IEnumerable<string> Lines(JsonNode? node) => node switch
    {
        JsonObject obj when (string?)obj["type"] == "RichTextBlock" => [string.Concat(obj["inlines"]!.AsArray().Select(run => (string?)run!["text"]))],
        JsonObject obj when (string?)obj["type"] == "TextBlock" => [(string)obj["text"]!],
        JsonObject obj when (string?)obj["type"] == "FactSet" => obj["facts"]!.AsArray().Select(fact => $"{(string?)fact!["title"]}: {(string?)fact["value"]}"),
        JsonObject obj => obj.Where(pair => pair.Key != "selectAction").SelectMany(pair => Lines(pair.Value)),
        JsonArray array => array.SelectMany(Lines),
        _ => [],
    };
}
