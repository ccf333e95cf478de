using ChatBot.Seeds;

namespace ChatBot.Tests.Seeds;

/// <summary>Where a relative Seeds:Path is looked for: the content root and the folders above it, then beside the app.</summary>
public sealed class SeedStoreLoaderTests : IDisposable
{
    // A name no folder above the temp folder has, so only the folders this test makes can match.
    private readonly string _name = "seeds-" + Guid.NewGuid().ToString("N");
    private readonly string _root = Directory.CreateTempSubdirectory("skills-bot-resolve-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void ResolveFolder_OnlyBesideTheApplication_FindsThePublishedSeeds()
    {
        var contentRoot = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        var app = Directory.CreateDirectory(Path.Combine(_root, "app")).FullName;
        var published = Directory.CreateDirectory(Path.Combine(app, _name)).FullName;

        Assert.Equal(published, SeedStoreLoader.ResolveFolder(_name, contentRoot, app));
    }

    [Fact]
    public void ResolveFolder_AboveTheContentRootAndBesideTheApplication_PrefersTheContentRoot()
    {
        var contentRoot = Directory.CreateDirectory(Path.Combine(_root, "repo", "src", "ChatBot")).FullName;
        var repositorySeeds = Directory.CreateDirectory(Path.Combine(_root, "repo", _name)).FullName;
        var app = Directory.CreateDirectory(Path.Combine(_root, "app")).FullName;
        Directory.CreateDirectory(Path.Combine(app, _name));

        Assert.Equal(repositorySeeds, SeedStoreLoader.ResolveFolder(_name, contentRoot, app));
    }

    [Fact]
    public void ResolveFolder_Nowhere_NamesEveryPlaceItLooked()
    {
        var contentRoot = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        var app = Directory.CreateDirectory(Path.Combine(_root, "app")).FullName;

        var failure = Assert.Throws<DirectoryNotFoundException>(() => SeedStoreLoader.ResolveFolder(_name, contentRoot, app));

        Assert.Contains(contentRoot, failure.Message, StringComparison.Ordinal);
        Assert.Contains(app, failure.Message, StringComparison.Ordinal);
    }
}
