using System.Net;
using System.Text.Json.Nodes;
using ChatBot.Knowledge.Understanding;
using ChatBot.Seeds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Seeds;

/// <summary>
/// Seed files edited, broken, added and replaced while the bot runs: a clean reload swaps the whole store in, a bad
/// one keeps the store in use and says why in the log.
/// </summary>
public sealed class SeedReloadTests : IDisposable
{
    private const string NewOccupationQuestion = "What does a Proficient crane tester do?";
    private const string DispatcherQuestion = "What does a Proficient dispatcher do?";

    private readonly string _folder = Directory.CreateTempSubdirectory("skills-bot-reload-").FullName;

    public SeedReloadTests() => SeedFiles.CopyRepositorySeeds(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Reload_AfterAFrameworkIsAdded_AnswersFromTheNewStore()
    {
        using var app = App(reloadOnChange: false);
        Assert.False(IsAboutCraneTesters(app.Knowledge.Reader.Read(NewOccupationQuestion)));

        WriteCraneTesters();
        var swapped = app.Services.GetRequiredService<SeedReloader>().Reload();

        Assert.True(swapped);
        Assert.Equal((2, 2), (app.Knowledge.Generation, app.Knowledge.Store.Frameworks.Length));
        var reply = await AskAsync(app, NewOccupationQuestion);
        Assert.Contains("Crane Testers", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_WhenAFileThatLoadedBreaks_KeepsTheStoreInUseAndLogsTheFileAndFault()
    {
        using var app = App(reloadOnChange: false);
        var before = app.Knowledge;
        var export = SeedFiles.ExportIn(_folder);
        File.WriteAllText(export, File.ReadAllText(export)[..5000]);

        var swapped = app.Services.GetRequiredService<SeedReloader>().Reload();

        Assert.False(swapped);
        Assert.Same(before, app.Knowledge);
        var refusal = Assert.Single(app.Logs.Entries, entry => entry.Message.StartsWith("Seed reload refused", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Error, refusal.Level);
        Assert.Contains(Path.GetFileName(export), refusal.Message, StringComparison.Ordinal);
        var level = before.Store.Frameworks.Single().FindLevel(Knowledge.Model.ProficiencyLevel.Proficient)!;
        var reply = await AskAsync(app, DispatcherQuestion);
        Assert.All(level.Statements, statement => Assert.Contains(statement.Title!, reply, StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_OnceTheBrokenFileIsRepaired_SwapsAgain()
    {
        using var app = App(reloadOnChange: false);
        var reloader = app.Services.GetRequiredService<SeedReloader>();
        var export = SeedFiles.ExportIn(_folder);
        var good = File.ReadAllText(export);
        File.WriteAllText(export, "{\"schemaVersion\":");
        Assert.False(reloader.Reload());

        File.WriteAllText(export, good);
        WriteCraneTesters();

        Assert.True(reloader.Reload());
        Assert.Equal(2, app.Knowledge.Store.Frameworks.Length);
    }

    [Fact]
    public void Reload_WhenEveryFileIsGone_KeepsTheStoreInUse()
    {
        using var app = App(reloadOnChange: false);
        var before = app.Knowledge;
        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            File.Delete(file);
        }

        Assert.False(app.Services.GetRequiredService<SeedReloader>().Reload());
        Assert.Same(before, app.Knowledge);
    }

    [Fact]
    public void Reload_WhenTheSeedFolderIsGone_KeepsTheStoreInUseAndSaysWhy()
    {
        using var app = App(reloadOnChange: false);
        var before = app.Knowledge;
        Directory.Delete(_folder, recursive: true);

        try
        {
            Assert.False(app.Services.GetRequiredService<SeedReloader>().Reload());
            Assert.Same(before, app.Knowledge);
            Assert.Contains(app.Logs.Entries, entry => entry.Level == LogLevel.Error && entry.Message.StartsWith("Seed reload refused", StringComparison.Ordinal));
        }
        finally
        {
            Directory.CreateDirectory(_folder);
        }
    }

    [Fact]
    public void Reload_ATurnThatTookTheOldSnapshot_KeepsAnsweringFromIt()
    {
        using var app = App(reloadOnChange: false);
        var taken = app.Knowledge;

        WriteCraneTesters();
        app.Services.GetRequiredService<SeedReloader>().Reload();

        Assert.NotSame(taken, app.Knowledge);
        Assert.False(IsAboutCraneTesters(taken.Reader.Read(NewOccupationQuestion)));
        Assert.Single(taken.Store.Frameworks);
        Assert.True(IsAboutCraneTesters(app.Knowledge.Reader.Read(NewOccupationQuestion)));
    }

    [Fact]
    public async Task FolderWatch_AFileReplacedWhileRunning_IsPickedUpWithoutARestart()
    {
        using var app = App(reloadOnChange: true);
        var current = app.Services.GetRequiredService<CurrentKnowledge>();

        // Written beside the folder and renamed in, the way deployment tools replace a file atomically.
        var staged = Path.Combine(Path.GetTempPath(), $"crane-{Guid.NewGuid():N}.txt");
        File.WriteAllText(staged, CraneTestersExport());
        File.Move(staged, Path.Combine(_folder, "003_crane_testers.txt"));

        await Eventually.UntilAsync(() => current.Snapshot!.Generation != 1);

        Assert.Equal(2, current.Snapshot!.Generation);
        Assert.Contains("Crane Testers", await AskAsync(app, NewOccupationQuestion), StringComparison.Ordinal);
    }

    private BotApplication App(bool reloadOnChange) => new(new Dictionary<string, string?>
    {
        ["Seeds:Path"] = _folder,
        ["Seeds:ReloadOnChange"] = reloadOnChange ? "true" : "false",
        ["Seeds:ReloadDelayMilliseconds"] = "100",
    });

    private static bool IsAboutCraneTesters(Question question) =>
        question is LevelQuestion { Framework.Occupation.Title: "Crane Testers" };

    private void WriteCraneTesters() => File.WriteAllText(Path.Combine(_folder, "003_crane_testers.txt"), CraneTestersExport());

    /// <summary>The repository's export under another SOC code and title: a second, valid occupation.</summary>
    private static string CraneTestersExport()
    {
        var export = JsonNode.Parse(File.ReadAllText(SeedFiles.ExportIn(SeedFiles.RepositorySeeds)))!;
        export["occupation"]!["soc"] = "47-9099.07";
        export["occupation"]!["title"] = "Crane Testers";
        return export.ToJsonString();
    }

    private static async Task<string> AskAsync(BotApplication app, string question)
    {
        var response = await Activities.PostAsync(app.CreateClient(), Activities.Message(question));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Activities.AllText(Assert.Single(await Activities.RepliesAsync(response))!["attachments"]![0]!["content"]!["body"]);
    }
}
