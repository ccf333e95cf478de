using System.Net;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Legal;

/// <summary>The website, privacy and terms pages the Teams app package links to.</summary>
public sealed class LegalPagesTests
{
    [Theory]
    [InlineData("websiteUrl", "Skills Bot")]
    [InlineData("privacyUrl", "Skills Bot: privacy")]
    [InlineData("termsOfUseUrl", "Skills Bot: terms of use")]
    public async Task Get_ThePathTheManifestNames_AnswersAnHtmlPage(string manifestKey, string heading)
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "manifest", "manifest.json")))!;
        var path = new Uri(manifest["developer"]![manifestKey]!.GetValue<string>().Replace("${{BOT_DOMAIN}}", "bot.example", StringComparison.Ordinal)).AbsolutePath;
        using var app = new BotApplication();

        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains($"<h1>{heading}</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPrivacy_SaysHowLongTheConfiguredContextIsKept()
    {
        using var app = new BotApplication(new Dictionary<string, string?> { ["Conversations:SlidingExpirationMinutes"] = "25" });

        var page = await app.CreateClient().GetStringAsync("/privacy");

        Assert.Contains("forgotten 25 minutes after the conversation's last message", page, StringComparison.Ordinal);
        Assert.Contains("Recent message ids</strong>, for 10 minutes", page, StringComparison.Ordinal);
        Assert.Contains("never written to the bot's logs", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/privacy")]
    [InlineData("/terms")]
    public async Task Get_WithAContact_ShowsItAsText(string path)
    {
        using var app = new BotApplication(new Dictionary<string, string?> { ["Legal:Contact"] = "skills-bot@contoso.example <script>" });

        var page = await app.CreateClient().GetStringAsync(path);

        Assert.Contains("your data: skills-bot@contoso.example &lt;script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTerms_WithoutAContact_SendsPeopleToTheirAdministrator()
    {
        using var app = new BotApplication();

        var page = await app.CreateClient().GetStringAsync("/terms");

        Assert.Contains("ask the administrator who added Skills Bot", page, StringComparison.Ordinal);
    }
}
