using ChatBot.Knowledge.Model;

namespace ChatBot.Tests.Cards;

/// <summary>
/// A move to the next level answers what the move takes: the next level's statements. Its AI use and durable skills
/// are buttons, not forty more statements nobody asked for.
/// </summary>
public sealed class ProgressionCardTests : IDisposable
{
    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Reply_NextLevel_ListsItsStatementsAndOffersItsAiUseAndDurableSkills()
    {
        var reply = await GoldenCardTests.ReplyAsync(_app, new CardKind("progression", "How do I get from Developing to Proficient?"));

        var card = reply["attachments"]![0]!["content"]!;
        var text = Activities.AllText(card);
        var framework = _app.Knowledge.Store.Frameworks.Single();
        Assert.All(framework.FindLevel(ProficiencyLevel.Proficient)!.Statements, statement => Assert.Contains(statement.Title!, text, StringComparison.Ordinal));
        Assert.All(framework.FindLevel(ProficiencyLevel.Developing)!.Statements, statement => Assert.DoesNotContain(statement.Title!, text, StringComparison.Ordinal));
        Assert.All(framework.AiUsage.SelectMany(group => group.Statements), statement => Assert.DoesNotContain(statement.Title!, text, StringComparison.Ordinal));
        var questions = card.ToJsonString();
        Assert.Contains("\"question\":\"How is AI used at the Proficient level?\"", questions, StringComparison.Ordinal);
        Assert.Contains("\"question\":\"Durable skills at the Proficient level\"", questions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_MoveSkippingALevel_ShowsTheLevelOnTheWayFolded()
    {
        var reply = await GoldenCardTests.ReplyAsync(_app, new CardKind("progression", "How do I get from Emerging to Proficient?"));

        var text = Activities.AllText(reply["attachments"]![0]!["content"]);
        var framework = _app.Knowledge.Store.Frameworks.Single();
        Assert.Contains("On the way: Developing level statements", text, StringComparison.Ordinal);
        Assert.All(framework.FindLevel(ProficiencyLevel.Developing)!.Statements.Concat(framework.FindLevel(ProficiencyLevel.Proficient)!.Statements),
            statement => Assert.Contains(statement.Title!, text, StringComparison.Ordinal));
    }
}
