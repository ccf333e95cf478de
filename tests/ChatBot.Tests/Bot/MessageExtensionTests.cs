using System.Net;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Bot;

/// <summary>The search message extension, as Teams calls it from the compose box and command bar.</summary>
public sealed class MessageExtensionTests : IDisposable
{
    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Query_InitialRun_ListsTheFourLevelsWithThumbnailPreviews()
    {
        var result = await QueryAsync(new JsonObject { ["name"] = "initialRun", ["value"] = "true" });

        var attachments = result["attachments"]!.AsArray();
        Assert.Equal("result", (string?)result["type"]);
        Assert.Equal(["Emerging level", "Developing level", "Proficient level", "Advanced level"], attachments.Select(attachment => (string?)attachment!["preview"]!["content"]!["title"]));
        Assert.All(attachments, attachment =>
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment!["contentType"]);
            Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)attachment["preview"]!["contentType"]);
            Assert.Equal("invoke", (string?)attachment["preview"]!["content"]!["tap"]!["type"]);
        });
    }

    [Fact]
    public async Task Query_Radio_ReturnsTheStatementsThatMentionIt()
    {
        var result = await QueryAsync(Search("radio"));

        var titles = result["attachments"]!.AsArray().Select(attachment => (string?)attachment!["preview"]!["content"]!["title"]).ToList();
        Assert.Contains("Radio communications", titles);
        Assert.Contains("Two-way radio relay", titles);
        Assert.True(titles.Count <= 10);
    }

    [Fact]
    public async Task Query_ALevelName_PutsThatLevelFirst()
    {
        var result = await QueryAsync(Search("proficient"));

        Assert.Equal("Proficient level", (string?)result["attachments"]![0]!["preview"]!["content"]!["title"]);
    }

    [Fact]
    public async Task Query_SkipAndCount_PageTheResults()
    {
        var all = (await QueryAsync(Search("radio"), skip: 0, count: 25))["attachments"]!.AsArray();
        var page = (await QueryAsync(Search("radio"), skip: 2, count: 3))["attachments"]!.AsArray();

        Assert.Equal(all.Skip(2).Take(3).Select(Title), page.Select(Title));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("zzzqqq xyzzy")]
    public async Task Query_EmptyOrNonsense_AnswersWithAHelpfulMessage(string text)
    {
        var result = await QueryAsync(Search(text));

        Assert.Equal("message", (string?)result["type"]);
        Assert.Contains("radio", (string?)result["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_TooLong_AnswersWithAMessageNotAnError()
    {
        var result = await QueryAsync(Search(new string('a', 500)));

        Assert.Equal("message", (string?)result["type"]);
        Assert.Contains("too long", (string?)result["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelectItem_APreviewTap_ReturnsTheFullCardForThatResult()
    {
        var invoke = Activities.Invoke("composeExtension/selectItem", new JsonObject { ["question"] = "What is Radio communications?" });

        var body = JsonNode.Parse(await (await Activities.PostAsync(_app.CreateClient(), invoke)).Content.ReadAsStringAsync())!;

        var attachment = Assert.Single(body["composeExtension"]!["attachments"]!.AsArray())!;
        Assert.Contains("relay basic messages between field crews", attachment["content"]!.ToJsonString(), StringComparison.Ordinal);
    }

    private static string? Title(JsonNode? attachment) => (string?)attachment!["preview"]!["content"]!["title"];

    private static JsonObject Search(string text) => new() { ["name"] = "query", ["value"] = text };

    private async Task<JsonNode> QueryAsync(JsonObject parameter, int skip = 0, int count = 10)
    {
        var invoke = Activities.Invoke("composeExtension/query", new JsonObject
        {
            ["commandId"] = "searchFramework",
            ["parameters"] = new JsonArray(parameter),
            ["queryOptions"] = new JsonObject { ["skip"] = skip, ["count"] = count },
        });
        var response = await Activities.PostAsync(_app.CreateClient(), invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["composeExtension"]!;
    }
}
