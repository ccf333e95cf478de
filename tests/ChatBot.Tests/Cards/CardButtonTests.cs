using System.Text.Json.Nodes;

namespace ChatBot.Tests.Cards;

/// <summary>
/// The buttons of every golden card (which <see cref="GoldenCardTests"/> proves are what the bot sends): each asks
/// with Action.Execute and falls back to the same question as an Action.Submit, and no two share a title.
/// </summary>
public sealed class CardButtonTests
{
    public static IEnumerable<object[]> GoldenFiles() => GoldenNames().Select(name => new object[] { name });

    [Fact]
    public void GoldenFiles_OneForEveryCardKind_AreAllChecked()
    {
        Assert.Superset(CardKinds.All.Select(kind => kind.Name).ToHashSet(), GoldenNames().ToHashSet());
    }

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Golden_EveryButton_IsAnActionExecuteWithAnActionSubmitFallbackAskingTheSameQuestion(string name)
    {
        var buttons = Buttons(Card(name));

        Assert.NotEmpty(buttons);
        Assert.All(buttons, button =>
        {
            Assert.Equal(("Action.Execute", "ask"), ((string?)button["type"], (string?)button["verb"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)button["data"]!["question"]));
            var fallback = button["fallback"]!;
            Assert.Equal(("Action.Submit", (string?)button["title"]), ((string?)fallback["type"], (string?)fallback["title"]));
            Assert.True(JsonNode.DeepEquals(button["data"], fallback["data"]));
        });
    }

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Golden_EveryActionTitle_IsUniqueWithinItsCard(string name)
    {
        var titles = Actions(Card(name)).Select(action => (string?)action["title"]).ToList();

        Assert.All(titles, title => Assert.False(string.IsNullOrWhiteSpace(title)));
        Assert.Equal(titles.Distinct().Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> GoldenNames() =>
        Directory.GetFiles(GoldenCardTests.GoldenFolder(), "*.json").Select(file => Path.GetFileNameWithoutExtension(file)).Order(StringComparer.Ordinal);

    private static JsonNode Card(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(GoldenCardTests.GoldenFolder(), $"{name}.json")))!["attachments"]![0]!["content"]!;

    /// <summary>The buttons: the actions of the card's action sets.</summary>
    private static List<JsonNode> Buttons(JsonNode card) => [.. Actions(card).Where(action => action.Parent is JsonArray)];

    /// <summary>
    /// Every action a person can run with a title: the buttons, and what clicking an element does (a section's title
    /// line); not a button's fallback, which is the same button on an older host.
    /// </summary>
    private static List<JsonNode> Actions(JsonNode? node) => node switch
    {
        JsonObject obj when ((string?)obj["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true && (string?)obj["type"] != "Action.OpenUrl" =>
            [obj],
        JsonObject obj => [.. obj.Where(pair => pair.Key != "fallback").SelectMany(pair => Actions(pair.Value))],
        JsonArray array => [.. array.SelectMany(Actions)],
        _ => [],
    };
}
