namespace ChatBot.Benchmarks;

/// <summary>Finds the seed documents: the nearest seeds/ folder at or above the benchmark assembly.</summary>
internal static class SeedFolder
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var seeds = Path.Combine(directory.FullName, "seeds");
            if (Directory.Exists(seeds) && Directory.EnumerateFiles(seeds).Any())
            {
                return seeds;
            }
        }

        throw new DirectoryNotFoundException($"No seeds/ folder with files at or above {AppContext.BaseDirectory}.");
    }
}
