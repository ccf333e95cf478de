using ChatBot.Seeds;
using ChatBot.SyntheticSeeds;

namespace ChatBot.Benchmarks;

/// <summary>Seed folders for the benchmarks: the real seeds, or the real seeds among generated occupations.</summary>
internal static class SeedFolder
{
    /// <summary>The seed used for generated occupations, so every run measures the same catalogue.</summary>
    public const int GeneratorSeed = 7;

    /// <summary>
    /// The real seeds alone (1), or a folder holding the real seeds plus generated occupations up to
    /// <paramref name="occupations"/> in all. Generated once per catalogue size and reused by later runs.
    /// </summary>
    public static string WithOccupations(int occupations)
    {
        if (occupations <= 1)
        {
            return Find();
        }

        var folder = Path.Combine(Path.GetTempPath(), $"skillsbot-benchmark-seeds-{occupations}-{GeneratorSeed}");
        var complete = Path.Combine(folder, ".complete");
        if (File.Exists(complete))
        {
            return folder;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        SyntheticCatalog.WriteTo(folder, occupations - 1, GeneratorSeed);
        foreach (var seed in Directory.EnumerateFiles(Find()))
        {
            File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
        }

        File.WriteAllText(complete, "");
        return folder;
    }

    /// <summary>The repository's seeds, copied beside this assembly, found as the bot finds them.</summary>
    public static string Find() => SeedStoreLoader.ResolveFolder("seeds", AppContext.BaseDirectory);
}
