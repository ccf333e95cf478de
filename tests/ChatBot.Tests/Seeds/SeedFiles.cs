namespace ChatBot.Tests.Seeds;

/// <summary>The repository's seed files, as copied beside the tests, for tests that need a folder of their own to change.</summary>
internal static class SeedFiles
{
    public static string RepositorySeeds { get; } = Path.Combine(AppContext.BaseDirectory, "seeds");

    public static void CopyRepositorySeeds(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(RepositorySeeds))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <summary>The export file (001_*), whose JSON a test can break or edit.</summary>
    public static string ExportIn(string folder) => Directory.EnumerateFiles(folder, "001_*").Single();
}
