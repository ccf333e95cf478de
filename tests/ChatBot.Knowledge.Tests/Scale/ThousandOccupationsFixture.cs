using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Import;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Store;
using ChatBot.Knowledge.Understanding;
using ChatBot.SyntheticSeeds;

namespace ChatBot.Knowledge.Tests.Scale;

/// <summary>
/// The real seeds plus 1,000 synthetic occupations, imported, stored and indexed once for a test class: the store is
/// immutable, so the tests share it without sharing any state they change.
/// </summary>
public sealed class ThousandOccupationsFixture
{
    public const int Count = 1000;
    public const int Seed = 7;

    public ThousandOccupationsFixture()
    {
        Catalog = SyntheticCatalog.Generate(Count, Seed);
        var realSeeds = Directory.EnumerateFiles(Seeds.Directory)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)));
        Import = SeedImporter.Import(realSeeds.Concat(Catalog.Files));
        Store = FrameworkStore.Create(Import);
        Knowledge = new KnowledgeIndex(Store);
        Reader = new QuestionReader(Knowledge);
        Composer = new AnswerComposer(Knowledge);
    }

    public SyntheticCatalog Catalog { get; }

    public SeedImport Import { get; }

    public FrameworkStore Store { get; }

    public KnowledgeIndex Knowledge { get; }

    public QuestionReader Reader { get; }

    public AnswerComposer Composer { get; }
}
