using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Cards;

/// <summary>
/// Every kind of card, produced by the real host from the real store, equals its golden file (the reply activity as
/// JSON, without the timestamp). The golden files are what CI checks with the official Adaptive Cards parser and what
/// the render script draws. To accept a change after looking at it: UPDATE_GOLDEN=1 dotnet test, then render and look.
/// </summary>
public sealed class GoldenCardTests : IDisposable
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [MemberData(nameof(CardKinds.Cases), MemberType = typeof(CardKinds))]
    public async Task Reply_EachCardKind_MatchesItsGoldenFile(CardKind kind)
    {
        await AssertMatchesGoldenAsync(kind.Name, await ReplyAsync(_app, kind));
    }

    /// <summary>Compares a reply with its golden file; with UPDATE_GOLDEN=1, writes the file first.</summary>
    internal static async Task AssertMatchesGoldenAsync(string name, JsonObject reply)
    {
        var actual = reply.ToJsonString(Indented);
        var path = Path.Combine(GoldenFolder(), $"{name}.json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(path, actual + "\n");
        }

        Assert.True(File.Exists(path), $"No golden file for '{name}': run UPDATE_GOLDEN=1 dotnet test, then look at the card.");
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(path));
        Assert.True(JsonNode.DeepEquals(expected, reply), $"The '{name}' card changed. Look at it (node tests/cards/render.js {name}), then UPDATE_GOLDEN=1 dotnet test.\n{actual}");
    }

    /// <summary>The reply to a card kind's question, after its set-up turns, without the timestamp.</summary>
    internal static async Task<JsonObject> ReplyAsync(BotApplication app, CardKind kind)
    {
        var client = app.CreateClient();
        var conversation = $"golden-{kind.Name}";
        var turns = 0;
        foreach (var turn in kind.Before ?? [])
        {
            var before = Activities.Message(turn, conversationId: conversation);
            before["id"] = $"before-{++turns}";
            await Activities.PostAsync(client, before);
        }

        // A fixed id for the question, so the golden reply's replyToId is stable.
        var message = Activities.Message(kind.Question, conversationId: conversation);
        message["id"] = "1700000000000";
        var replies = await Activities.RepliesAsync(await Activities.PostAsync(client, message));
        var reply = Assert.Single(replies)!.AsObject();
        reply.Remove("timestamp");
        return reply;
    }

    /// <summary>The source folder of the golden files (tests/ChatBot.Tests/Cards/Golden), found from the test assembly.</summary>
    internal static string GoldenFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "ChatBot.Tests", "Cards", "Golden");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/ChatBot.Tests/Cards/Golden not found above the test assembly.");
    }
}
