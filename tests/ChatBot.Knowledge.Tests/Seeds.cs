using ChatBot.Knowledge.Import;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Store;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests;

/// <summary>The repository's seed documents, as copied beside the test assembly.</summary>
internal static class Seeds
{
    public const string DispatchersSoc = "43-5032.00";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string PageFile => File(name => name.StartsWith("000_", StringComparison.Ordinal));

    public static string ExportFile => File(name => name.StartsWith("001_", StringComparison.Ordinal));

    public static string ArticleFile => File(name => name.StartsWith("002_", StringComparison.Ordinal));

    public static FrameworkStore LoadStore() => FrameworkStore.Load(Directory);

    public static OccupationFramework Dispatchers() => LoadStore().FindBySoc(DispatchersSoc)!;

    public static QuestionReader Reader() => new(new KnowledgeIndex(LoadStore()));

    public static byte[] Bytes(string path) => System.IO.File.ReadAllBytes(path);

    public static string Text(string path) => System.IO.File.ReadAllText(path);

    public static SeedImport Import(params (string FileName, string Content)[] files) =>
        SeedImporter.Import(files.Select(file => (file.FileName, System.Text.Encoding.UTF8.GetBytes(file.Content))));

    private static string File(Func<string, bool> match) =>
        System.IO.Directory.EnumerateFiles(Directory).Single(path => match(Path.GetFileName(path)));
}
