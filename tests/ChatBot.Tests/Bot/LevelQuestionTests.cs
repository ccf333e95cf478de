using System.Net;
using System.Text.Json.Nodes;
using ChatBot.Knowledge.Model;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Bot;

/// <summary>A level question, end to end over HTTP with deliveryMode expectReplies.</summary>
public sealed class LevelQuestionTests : IDisposable
{
    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("What does a Proficient dispatcher do?", ProficiencyLevel.Proficient)]
    [InlineData("what is expected at the emerging level", ProficiencyLevel.Emerging)]
    [InlineData("DEVELOPING", ProficiencyLevel.Developing)]
    [InlineData("Advanced dispatcher - what is the standard?", ProficiencyLevel.Advanced)]
    public async Task Post_LevelQuestion_RepliesWithOneCardHoldingAllTenStatementsOfThatLevelOnly(string question, ProficiencyLevel asked)
    {
        var framework = _app.Knowledge.Store.Frameworks.Single();

        var response = await Activities.PostAsync(_app.CreateClient(), Activities.Message(question));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Activities.RepliesAsync(response))!;
        var attachment = Assert.Single(reply["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        var card = attachment["content"]!;
        Assert.Equal(("AdaptiveCard", "1.5"), ((string?)card["type"], (string?)card["version"]));

        var cardText = Activities.AllText(card["body"]);
        var level = framework.FindLevel(asked)!;
        Assert.Contains(framework.Occupation.Title, cardText, StringComparison.Ordinal);
        Assert.Contains($"{level.Name} level", cardText, StringComparison.Ordinal);
        Assert.Contains(level.RoleLabel!, cardText, StringComparison.Ordinal);
        var positions = level.Statements.Select(statement => cardText.IndexOf(statement.Title!, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.All(level.Statements, statement => Assert.Contains(statement.Description, cardText, StringComparison.Ordinal));
        var otherTitles = framework.Levels.Where(other => other.Level != asked).SelectMany(other => other.Statements).Select(statement => statement.Title!);
        Assert.All(otherTitles, title => Assert.DoesNotContain($"{title} — ", cardText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_LevelQuestion_CardFooterNamesTheSourcesAndLinksOnlyTheGivenUrl()
    {
        var response = await Activities.PostAsync(_app.CreateClient(), Activities.Message("proficient"));

        var card = (await Activities.RepliesAsync(response))[0]!["attachments"]![0]!["content"]!;
        var cardJson = card.ToJsonString();
        var cardText = Activities.AllText(card["body"]);
        Assert.Contains("O*NET v30.2 (CC BY 4.0)", cardText, StringComparison.Ordinal);
        Assert.Contains("SkillsCrosswalk.com", cardText, StringComparison.Ordinal);
        Assert.Contains("LER.me", cardText, StringComparison.Ordinal);
        Assert.Contains("© 2026 EBSCOed.", cardText, StringComparison.Ordinal);
        Assert.Equal(["https://www.onetonline.org/link/summary/43-5032.00", "https://skillscrosswalk.com"], UrlsIn(card));
        Assert.DoesNotContain("\"type\":\"TextBlock\",\"text\":\"O*NET", cardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_LevelQuestion_ReplyIsBuiltLikeTheSdksCreateReply()
    {
        var message = Activities.Message("what does a proficient dispatcher do");
        var response = await Activities.PostAsync(_app.CreateClient(), message);

        var reply = (await Activities.RepliesAsync(response))[0]!;
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal("28:skills-bot", (string?)reply["from"]!["id"]);
        Assert.Equal("29:user-1", (string?)reply["recipient"]!["id"]);
        Assert.True(JsonNode.DeepEquals(Activities.Message("x")["conversation"], reply["conversation"]));
        Assert.Equal(((string?)message["id"], "msteams", "en-GB", Activities.ServiceUrl), ((string?)reply["replyToId"], (string?)reply["channelId"], (string?)reply["locale"], (string?)reply["serviceUrl"]));
    }

    [Fact]
    public async Task Post_LevelQuestion_CarriesAPlainTextFallback()
    {
        var response = await Activities.PostAsync(_app.CreateClient(), Activities.Message("proficient"));

        var reply = (await Activities.RepliesAsync(response))[0]!;
        Assert.StartsWith("Proficient (Senior / Expert IC)", (string?)reply["text"], StringComparison.Ordinal);
        var summary = (string?)reply["summary"];
        Assert.Contains("5. Schedule optimization — design efficient daily and weekly run schedules", summary, StringComparison.Ordinal);
        Assert.Contains("Sources: O*NET v30.2 (CC BY 4.0)", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_LevelQuestionOnChannelWithoutCards_RepliesWithTheListingAsText()
    {
        var response = await Activities.PostAsync(_app.CreateClient(), Activities.Message("emerging", channelId: "sms"));

        var reply = (await Activities.RepliesAsync(response))[0]!;
        Assert.Empty(reply["attachments"]?.AsArray() ?? []);
        var text = (string?)reply["text"];
        Assert.Contains("1. Dispatch requests — receive and log", text, StringComparison.Ordinal);
        Assert.Contains("10. Geographic reference materials — read basic maps", text, StringComparison.Ordinal);
        Assert.Contains("Sources: O*NET v30.2 (CC BY 4.0) — O*NET Resource Center — Occupational Information Network, v30.2 (Sept 2025) (https://www.onetonline.org/link/summary/43-5032.00); SkillsCrosswalk.com (https://skillscrosswalk.com); LER.me", text, StringComparison.Ordinal);
    }

    private static List<string> UrlsIn(JsonNode? node) => node switch
    {
        JsonObject obj when (string?)obj["type"] == "Action.OpenUrl" => [(string)obj["url"]!],
        JsonObject obj => [.. obj.SelectMany(pair => UrlsIn(pair.Value))],
        JsonArray array => [.. array.SelectMany(UrlsIn)],
        _ => [],
    };
}
