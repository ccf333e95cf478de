using ChatBot.Knowledge.Store;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Seeds;

public sealed class SeedStartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("skills-bot-seeds-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Startup_WithTheRepositorySeeds_LoadsTheWholeFramework()
    {
        using var app = new BotApplication();

        var summary = app.Services.GetRequiredService<FrameworkStore>().Summary;

        Assert.Equal((1, 1), (summary.Occupations, summary.ReferenceDocuments));
        Assert.Equal(40 + 13 + 87, summary.Statements);
        Assert.Equal(0, summary.Errors);
    }

    [Fact]
    public void Startup_WhenNoFrameworkLoads_StopsWithAClearMessage()
    {
        File.WriteAllText(Path.Combine(_folder, "broken.json"), "{\"schemaVersion\":");
        using var app = new BotApplication(new Dictionary<string, string?> { ["Seeds:Path"] = _folder });

        var failure = Assert.Throws<InvalidOperationException>(() => app.Services);

        Assert.Contains("No framework loaded", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_WithOneBadFileAmongGoodOnes_ServesTheGoodOnes()
    {
        var repositorySeeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        foreach (var file in Directory.EnumerateFiles(repositorySeeds))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(_folder, "zzz_broken.json"), "{\"schemaVersion\":\"9.9\"}");
        using var app = new BotApplication(new Dictionary<string, string?> { ["Seeds:Path"] = _folder });

        var store = app.Services.GetRequiredService<FrameworkStore>();

        Assert.Single(store.Frameworks);
        Assert.Contains(store.Issues, issue => issue.FileName == "zzz_broken.json" && issue.Message.Contains("unknown schemaVersion '9.9'", StringComparison.Ordinal));
    }
}
