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

    private static readonly Lazy<QuestionReader> LazyReader = new(Reader);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string PageFile => File(name => name.StartsWith("000_", StringComparison.Ordinal));

    public static string ExportFile => File(name => name.StartsWith("001_", StringComparison.Ordinal));

    public static string ArticleFile => File(name => name.StartsWith("002_", StringComparison.Ordinal));

    public static FrameworkStore LoadStore() => FrameworkStore.Load(Directory);

    public static OccupationFramework Dispatchers() => LoadStore().FindBySoc(DispatchersSoc)!;

    public static QuestionReader Reader() => new(new KnowledgeIndex(LoadStore()));

    /// <summary>One reader over the seed store, shared by the phrasing tables (a reader is immutable).</summary>
    public static QuestionReader SharedReader => LazyReader.Value;

    /// <summary>Reads the turns of one conversation in order, each in the context the previous turn left.</summary>
    public static IReadOnlyList<Question> Converse(QuestionReader reader, params string[] turns)
    {
        var context = ConversationContext.Empty;
        var questions = new List<Question>();
        foreach (var turn in turns)
        {
            var reading = reader.Read(turn, context);
            questions.Add(reading.Question);
            context = reading.Context;
        }

        return questions;
    }

    /// <summary>The last turn of a conversation with the shared reader, read in the context the turns before it left.</summary>
    public static Question Last(params string[] turns) => Converse(SharedReader, turns)[^1];

    public static byte[] Bytes(string path) => System.IO.File.ReadAllBytes(path);

    public static string Text(string path) => System.IO.File.ReadAllText(path);

    public static SeedImport Import(params (string FileName, string Content)[] files) =>
        SeedImporter.Import(files.Select(file => (file.FileName, System.Text.Encoding.UTF8.GetBytes(file.Content))));

    private static string File(Func<string, bool> match) =>
        System.IO.Directory.EnumerateFiles(Directory).Single(path => match(Path.GetFileName(path)));
}
