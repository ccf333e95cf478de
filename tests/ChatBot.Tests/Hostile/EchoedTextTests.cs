using System.Net;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Hostile;

/// <summary>
/// Text a user typed never comes back as markup: every answer that echoes words of the question (not understood,
/// another occupation, a keyword search, a list check, a message-extension search) shows them as plain words, with no
/// link, markdown or HTML from the question in anything a client renders, and its JSON intact.
/// </summary>
public sealed class EchoedTextTests : IDisposable
{
    private const string Link = "[click me](https://evil.example/phish)";

    private static readonly string[] Injected = ["evil.example", "click me](", "**bold**", "<script", "</b>", "{{DATE", "${"];

    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData($"{Link} **bold** <script>alert(1)</script>")]
    [InlineData($"what does a proficient {Link} nurse do **bold**")]
    [InlineData($"which statements mention {Link} radio **bold** <b>x</b>")]
    [InlineData($"is {Link} **GIS** one of the technologies?")]
    [InlineData("is a \"}]} cab starter {{DATE(2026-01-01T00:00:00Z)}} ${$root} covered?")]
    public async Task Post_QuestionWithMarkup_EchoesNoneOfItInWhatAClientRenders(string question)
    {
        var response = await Activities.PostAsync(_app.CreateClient(), Activities.Message(question));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Activities.RepliesAsync(response))!;
        AssertNothingInjected(Rendered(reply));
    }

    [Fact]
    public async Task Post_KeywordSearchWithMarkup_EchoesItsWordsAsPlainWords()
    {
        var response = await Activities.PostAsync(_app.CreateClient(), Activities.Message($"which statements mention {Link} **radio**"));

        var rendered = Rendered(Assert.Single(await Activities.RepliesAsync(response)));
        Assert.Contains("Search: click https evil example phish radio", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("](", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("**", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_QueryWithMarkup_EchoesNoneOfItInTheResults()
    {
        var search = Activities.Invoke("composeExtension/query", new JsonObject
        {
            ["commandId"] = "searchFramework",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "searchQuery", ["value"] = $"radio {Link} **bold**" }),
        });

        var response = await Activities.PostAsync(_app.CreateClient(), search);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotEmpty(body["composeExtension"]!["attachments"]!.AsArray());
        AssertNothingInjected(Rendered(body));
    }

    private static void AssertNothingInjected(string rendered)
    {
        Assert.NotEmpty(rendered);
        Assert.All(Injected, markup => Assert.DoesNotContain(markup, rendered, StringComparison.Ordinal));
    }

    /// <summary>
    /// Every string a client shows: the whole reply but the data buttons carry back to the bot (Action.Submit data, a
    /// preview's tap value), which may hold the typed text to ask it again and are never rendered.
    /// </summary>
    private static string Rendered(JsonNode? node) => node switch
    {
        JsonObject obj => string.Concat(obj.Where(pair => pair.Key is not ("data" or "tap")).Select(pair => Rendered(pair.Value))),
        JsonArray array => string.Concat(array.Select(Rendered)),
        JsonValue value when value.TryGetValue<string>(out var text) => text + "\n",
        _ => "",
    };
}
