using System.Net;
using ChatBot.Seeds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Seeds;

public sealed class SeedStartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("skills-bot-seeds-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Startup_WithTheRepositorySeeds_LoadsTheWholeFramework()
    {
        using var app = new BotApplication();

        var summary = app.Knowledge.Store.Summary;

        Assert.Equal((1, 1), (summary.Occupations, summary.ReferenceDocuments));
        Assert.Equal(40 + 13 + 87, summary.Statements);
        Assert.Equal(0, summary.Errors);
    }

    [Fact]
    public async Task Startup_WhenNoFrameworkLoads_StopsWithACriticalLogThatNamesTheFault()
    {
        File.WriteAllText(Path.Combine(_folder, "broken.json"), "{\"schemaVersion\":");
        var knowledge = new CurrentKnowledge();

        // The host stops (and disposes its services) as soon as the load fails, so the test keeps its own references.
        using var app = new BotApplication(new Dictionary<string, string?> { ["Seeds:Path"] = _folder }, services => services.AddSingleton(knowledge))
        {
            WaitsForTheStore = false,
        };
        try
        {
            _ = app.Server;
        }
        catch (ObjectDisposedException)
        {
            // The host stopped before start-up even returned: what this test expects, only sooner.
        }

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => knowledge.FirstLoad.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Contains("No framework loaded", failure.Message, StringComparison.Ordinal);
        Assert.Null(knowledge.Snapshot);
        Assert.Contains(app.Logs.Entries, entry => entry.Level == LogLevel.Critical && entry.Message.Contains("No framework loaded", StringComparison.Ordinal));
        Assert.Contains(app.Logs.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains("broken.json", StringComparison.Ordinal));
        await Eventually.UntilAsync(() => app.Logs.Entries.Any(entry => entry.Message.StartsWith("Application is shutting down", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Startup_WhenTheSeedFolderIsMissing_StopsWithACriticalLogThatNamesIt()
    {
        var missing = Path.Combine(_folder, "no-such-folder");
        var knowledge = new CurrentKnowledge();
        using var app = new BotApplication(new Dictionary<string, string?> { ["Seeds:Path"] = missing }, services => services.AddSingleton(knowledge))
        {
            WaitsForTheStore = false,
        };
        try
        {
            _ = app.Server;
        }
        catch (ObjectDisposedException)
        {
            // The host stopped before start-up even returned: what this test expects, only sooner.
        }

        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => knowledge.FirstLoad.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains(app.Logs.Entries, entry => entry.Level == LogLevel.Critical && entry.Message.Contains("no-such-folder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Startup_UntilTheStoreIsLoaded_IsAliveButNotReadyAndTurnsAreAskedToRetry()
    {
        using var app = new BotApplication(services: NothingLoads) { WaitsForTheStore = false };
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
        var turn = await Activities.PostAsync(client, Activities.Message("What does a Proficient dispatcher do?"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, turn.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), turn.Headers.RetryAfter?.Delta);
        Assert.Empty(app.Connector.Requests);
    }

    [Fact]
    public async Task Startup_WithOneBadFileAmongGoodOnes_ServesTheGoodOnes()
    {
        SeedFiles.CopyRepositorySeeds(_folder);
        File.WriteAllText(Path.Combine(_folder, "zzz_broken.json"), "{\"schemaVersion\":\"9.9\"}");
        using var app = new BotApplication(new Dictionary<string, string?> { ["Seeds:Path"] = _folder });

        var store = app.Knowledge.Store;

        Assert.Single(store.Frameworks);
        Assert.Contains(store.Issues, issue => issue.FileName == "zzz_broken.json" && issue.Message.Contains("unknown schemaVersion '9.9'", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/readyz")).StatusCode);
    }

    /// <summary>The host without its loading service: the time before the first store is in place, held still.</summary>
    private static void NothingLoads(IServiceCollection services)
    {
        var loading = services.Single(service => service.ImplementationType == typeof(SeedLoadingService));
        services.Remove(loading);
    }
}
