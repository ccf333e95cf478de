namespace ChatBot.Tests.Cards;

/// <summary>What every answer reply carries besides its card: references, speech, a text version, a size within Teams' limit.</summary>
public sealed class ReplyShapeTests : IDisposable
{
    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [MemberData(nameof(CardKinds.Cases), MemberType = typeof(CardKinds))]
    public async Task Reply_EachCardKind_StaysUnder40KBAndHasATextVersionAndSpeech(CardKind kind)
    {
        var reply = await GoldenCardTests.ReplyAsync(_app, kind);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(reply.ToJsonString()) < 40_000);
        Assert.False(string.IsNullOrWhiteSpace((string?)reply["summary"]));
        var card = reply["attachments"]![0]!["content"]!;
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)card["speak"]));
    }

    [Fact]
    public async Task Reply_LevelAnswer_CarriesOneTeamsCitationEntityNumberingItsSources()
    {
        var reply = await GoldenCardTests.ReplyAsync(_app, new CardKind("level", "What does a Proficient dispatcher do?"));

        var entity = Assert.Single(reply["entities"]!.AsArray())!;
        Assert.Equal(("https://schema.org/Message", "Message", "https://schema.org"), ((string?)entity["type"], (string?)entity["@type"], (string?)entity["@context"]));
        var claims = entity["citation"]!.AsArray();
        Assert.Equal([1, 2, 3], claims.Select(claim => (int)claim!["position"]!));
        Assert.Equal(["O*NET v30.2 (CC BY 4.0)", "SkillsCrosswalk.com", "LER.me"], claims.Select(claim => (string?)claim!["appearance"]!["name"]));
        Assert.Equal("https://www.onetonline.org/link/summary/43-5032.00", (string?)claims[0]!["appearance"]!["url"]);
        Assert.Null(claims[2]!["appearance"]!["url"]);
        Assert.EndsWith("[1] [2] [3]", (string?)reply["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_AiAnswer_NamesEachSourceByItsChipLabelsAndFullTitle()
    {
        var reply = await GoldenCardTests.ReplyAsync(_app, new CardKind("ai", "How do Developing dispatchers use AI?"));

        var claims = reply["entities"]![0]!["citation"]!.AsArray();
        var safi = claims.Single(claim => (string?)claim!["appearance"]!["name"] == "SAFI (Jadhav & Danve, 2026)")!["appearance"]!;
        Assert.Equal("Skill Automation Feasibility Index — Jadhav & Danve, 2026 (arXiv:2604.06906)", (string?)safi["abstract"]);
        Assert.Equal("https://arxiv.org/abs/2604.06906", (string?)safi["url"]);
        Assert.Equal(["Jadhav & Danve, 2026"], safi["keywords"]!.AsArray().Select(keyword => (string?)keyword));
    }

    [Theory]
    [InlineData("anything about [click here](http://evil.example) <b>bold</b> **stars**")]
    [InlineData("is [GIS](javascript:alert(1)) one of the technologies?")]
    [InlineData("what does a proficient <at>x</at> [nurse](http://evil.example) do")]
    public async Task Reply_UserTextWithMarkdownOrLinks_NeverReachesTheCardAsMarkupOrALink(string question)
    {
        var reply = await GoldenCardTests.ReplyAsync(_app, new CardKind("injection", question));

        var json = reply.ToJsonString();
        Assert.DoesNotContain("evil.example", json, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", json, StringComparison.Ordinal);
        Assert.DoesNotContain("](", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("**", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_Speak_IsTheLeadEscapedForSsml()
    {
        var reply = await GoldenCardTests.ReplyAsync(_app, new CardKind("item-no", "Is Excel in the technology list?"));

        Assert.Equal("No: nothing in the Technology list matches &quot;excel&quot;.", (string?)reply["attachments"]![0]!["content"]!["speak"]);
    }
}
