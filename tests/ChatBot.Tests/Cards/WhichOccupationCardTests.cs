using System.Text.Json.Nodes;
using ChatBot.Tests.Seeds;

namespace ChatBot.Tests.Cards;

/// <summary>
/// The "which occupation?" card needs a store with more than one framework: the seeds plus a second occupation made
/// from the dispatcher export under another SOC code and title. Its reply is a golden file like every other card.
/// </summary>
public sealed class WhichOccupationCardTests : IDisposable
{
    private readonly string _seeds = Directory.CreateTempSubdirectory("skills-bot-two-occupations-").FullName;

    public WhichOccupationCardTests()
    {
        SeedFiles.CopyRepositorySeeds(_seeds);
        var export = File.ReadAllText(SeedFiles.ExportIn(_seeds))
            .Replace("43-5032.00", "43-5011.01", StringComparison.Ordinal)
            .Replace("Dispatchers, Except Police, Fire, and Ambulance", "Freight Forwarders", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_seeds, "003_freight_forwarders.txt"), export);
    }

    public void Dispose() => Directory.Delete(_seeds, recursive: true);

    [Fact]
    public async Task Reply_LevelQuestionNamingNoOccupation_AsksWhichWithAButtonPerOccupation()
    {
        using var app = new BotApplication(new Dictionary<string, string?> { ["Seeds:Path"] = _seeds });

        var reply = await GoldenCardTests.ReplyAsync(app, new CardKind("which-occupation", "What is expected at the Proficient level?"));

        var buttons = reply["attachments"]![0]!["content"]!["body"]!.AsArray()
            .Where(element => (string?)element!["type"] == "ActionSet")
            .SelectMany(set => set!["actions"]!.AsArray())
            .Select(action => (string?)action!["data"]!["question"])
            .ToList();
        Assert.Equal(["43-5011.01 What is expected at the Proficient level?", "43-5032.00 What is expected at the Proficient level?"], buttons);
        await GoldenCardTests.AssertMatchesGoldenAsync("which-occupation", reply);
    }

    [Fact]
    public async Task Post_ChoosingAnOccupation_AnswersThePendingQuestionForIt()
    {
        using var app = new BotApplication(new Dictionary<string, string?> { ["Seeds:Path"] = _seeds });
        var click = Activities.Message("");
        click["value"] = new JsonObject { ["question"] = "43-5011.01 What is expected at the Proficient level?" };

        var reply = (await Activities.RepliesAsync(await Activities.PostAsync(app.CreateClient(), click)))[0]!;

        Assert.Equal("Proficient: what the Freight Forwarders framework expects (10 statements). [1] [2] [3]", (string?)reply["text"]);
    }
}
