using System.Text.RegularExpressions;
using ChatBot.Knowledge.Import;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Text;
using ChatBot.Knowledge.Understanding;
using ChatBot.Knowledge.Understanding.Mentions;
using ChatBot.SyntheticSeeds;

namespace ChatBot.Knowledge.Tests.Scale;

/// <summary>
/// The synthetic seed generator: deterministic, in both seed formats, read back by the importer exactly as generated,
/// and worded so that questions can only name an occupation the way the scale tests expect.
/// </summary>
public sealed partial class SyntheticCatalogTests
{
    private static readonly Lazy<SyntheticCatalog> LazyCatalog = new(() => SyntheticCatalog.Generate(300, 7));

    private static SyntheticCatalog Catalog => LazyCatalog.Value;

    [Fact]
    public void Generate_SameCountAndSeed_GivesByteIdenticalFiles()
    {
        var first = SyntheticCatalog.Generate(40, 7);
        var second = SyntheticCatalog.Generate(40, 7);

        Assert.Equal(first.Files.Select(file => file.FileName), second.Files.Select(file => file.FileName));
        Assert.All(first.Files.Zip(second.Files), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Fact]
    public void Generate_AnotherSeed_GivesOtherOccupationsAndFiles()
    {
        var seven = SyntheticCatalog.Generate(40, 7);
        var eight = SyntheticCatalog.Generate(40, 8);

        Assert.Empty(seven.Files.Select(file => file.FileName).Intersect(eight.Files.Select(file => file.FileName)));
        Assert.NotEqual(seven.Occupations.Select(occupation => occupation.Title), eight.Occupations.Select(occupation => occupation.Title));
        Assert.DoesNotContain(seven.Files.Zip(eight.Files), pair => pair.First.Content.AsSpan().SequenceEqual(pair.Second.Content));
    }

    [Fact]
    public void Generate_MoreOccupations_KeepsTheFirstOnesByteForByte()
    {
        var small = SyntheticCatalog.Generate(10, 7);

        Assert.All(small.Files.Zip(Catalog.Files), pair =>
        {
            Assert.Equal(pair.First.FileName, pair.Second.FileName);
            Assert.Equal(pair.First.Content, pair.Second.Content);
        });
    }

    [Fact]
    public void WriteTo_WritesEveryFileUnderItsNameAndTheImporterLoadsTheFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"synthetic-seeds-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}");
        try
        {
            var paths = SyntheticCatalog.WriteTo(folder, 5, 7);

            var catalog = SyntheticCatalog.Generate(5, 7);
            Assert.Equal(catalog.Files.Select(file => Path.Combine(folder, file.FileName)), paths);
            Assert.All(catalog.Files, file => Assert.Equal(file.Content, File.ReadAllBytes(Path.Combine(folder, file.FileName))));
            var import = SeedImporter.ImportDirectory(folder);
            Assert.Equal(5, import.Frameworks.Length);
            Assert.Empty(import.Issues);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Generate_NamesFilesLikeTheRealSeedsAndKeepsKeysUnique()
    {
        Assert.All(Catalog.Occupations, occupation =>
        {
            Assert.Matches(SeedFileName(), occupation.PageFileName);
            Assert.Matches(SeedFileName(), occupation.ExportFileName);
            Assert.StartsWith("000_", occupation.PageFileName, StringComparison.Ordinal);
            Assert.StartsWith("001_", occupation.ExportFileName, StringComparison.Ordinal);
            Assert.Matches(SocCode(), occupation.Soc);
            Assert.InRange(occupation.RelatedTitles.Length, 3, 12);
            Assert.Equal(4, occupation.Levels.Length);
            Assert.All(occupation.Levels, level => Assert.Equal(10, level.Statements.Length));
            Assert.Equal(10, occupation.Domains.Length);
        });
        Assert.Equal(Catalog.Files.Length, Catalog.Files.Select(file => file.FileName).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Catalog.Occupations.Length, Catalog.Occupations.Select(occupation => occupation.Soc).Append(Seeds.DispatchersSoc).Distinct(StringComparer.Ordinal).Count() - 1);
        Assert.Equal(Catalog.Occupations.Length, Catalog.Occupations.Select(occupation => occupation.Title).Distinct(StringComparer.Ordinal).Count());
        var relatedNames = Catalog.Occupations.SelectMany(occupation => occupation.RelatedTitles).SelectMany(title => title.TrimEnd(')').Split(" (")).ToList();
        Assert.Equal(relatedNames.Count, relatedNames.Select(name => string.Join(' ', Words(name).Order(StringComparer.Ordinal))).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Import_GeneratedOccupations_LoadWithoutAnyIssue()
    {
        var import = SeedImporter.Import(Catalog.Files);

        Assert.Equal(Catalog.Occupations.Length, import.Frameworks.Length);
        Assert.Empty(import.Issues);
        Assert.Empty(import.References);
    }

    [Fact]
    public void Import_GeneratedOccupation_ReadsBackEverythingTheGeneratorWrote()
    {
        var import = SeedImporter.Import(Catalog.Files.Take(2 * 40));

        foreach (var occupation in Catalog.Occupations.Take(40))
        {
            var framework = import.Frameworks.Single(candidate => candidate.Occupation.SocCode == occupation.Soc);
            Assert.Equal(
                (occupation.Title, occupation.Group, occupation.Sector, (int?)occupation.JobZone, occupation.JobZoneLabel, occupation.Version, occupation.ContextCovered),
                (framework.Occupation.Title, framework.Occupation.Group, framework.Occupation.Sector, framework.Occupation.JobZone, framework.Occupation.JobZoneLabel, framework.Version, framework.ContextCovered));
            Assert.Equal(occupation.Levels.Select(Describe), framework.Levels.Select(level => Describe(level.Name, level.RoleLabel, level.Statements)));
            Assert.Equal(occupation.AiUsage.Select(Describe), framework.AiUsage.Select(group => Describe(group.LevelName, null, group.Statements)));
            Assert.Equal(
                occupation.Domains.Select(domain => $"{domain.Number} {domain.Name} ({domain.StatementCount}): {string.Join(" / ", domain.Groups.Select(Describe))}"),
                framework.Domains.Select(domain => $"{domain.Number} {domain.Name} ({domain.DeclaredStatementCount}): {string.Join(" / ", domain.Groups.Select(group => Describe(group.LevelName, null, group.Statements)))}"));
            Assert.Equal(
                occupation.EvidencePack.SelectMany(group => group.Facts.Select(fact => $"{group.Name}: {fact.Label} = {fact.Value}")),
                framework.EvidencePack.SelectMany(group => group.Facts.Select(fact => $"{group.Name}: {fact.Label} = {fact.Value}")));
            Assert.Equal(occupation.RelatedTitles.ToArray(), framework.Onet.RelatedTitles);
            Assert.Equal(occupation.Skills.ToArray(), framework.Onet.Skills);
            Assert.Equal(occupation.KnowledgeDomains.ToArray(), framework.Onet.KnowledgeDomains);
            Assert.Equal(occupation.Abilities.ToArray(), framework.Onet.Abilities);
            Assert.Equal(occupation.WorkStyles.ToArray(), framework.Onet.WorkStyles);
            Assert.Equal(occupation.Technology.ToArray(), framework.Onet.Technology);
            Assert.Equal(occupation.Tasks.ToArray(), framework.Onet.Tasks);
            Assert.Equal(occupation.CipCodes.ToArray(), framework.Onet.CipCodes);
            Assert.Equal(occupation.Sources, framework.Sources.Select(source => source.Name));
            Assert.Equal(occupation.Attribution, framework.Attribution);
        }
    }

    [Fact]
    public void TitleWords_AreNoneOfTheWordsTheReaderRoutesOn()
    {
        var routing = RoutingWords();
        Assert.Superset(new HashSet<string>(["evidence", "communications", "growth", "software", "okay", "budget"], StringComparer.Ordinal), routing);

        var clashes = Catalog.Occupations.SelectMany(occupation => occupation.TitleWords)
            .Concat(Catalog.Occupations.Select(occupation => occupation.RoleNoun.Singular))
            .Select(word => word.ToLowerInvariant())
            .Where(word => routing.Contains(word) || StopWords.All.Contains(word) || LevelWords.All.Contains(word) || Spelling.Americanize(word) != word)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

        Assert.Empty(clashes);
    }

    [Fact]
    public void Words_OfTitlesRelatedTitlesAndStatementTitles_NeverShareAStem()
    {
        var titleWords = Catalog.Occupations.SelectMany(occupation => occupation.TitleWords).Select(word => word.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var relatedWords = Catalog.Occupations.SelectMany(occupation => occupation.RelatedTitles.SelectMany(Words)).Where(word => !titleWords.Contains(word)).ToHashSet(StringComparer.Ordinal);
        var statementWords = Catalog.Occupations
            .SelectMany(occupation => occupation.Levels.Concat(occupation.AiUsage).Concat(occupation.Domains.SelectMany(domain => domain.Groups)))
            .SelectMany(group => group.Statements)
            .SelectMany(statement => Words(statement.Title))
            .Where(word => !StopWords.Function.Contains(word))
            .ToHashSet(StringComparer.Ordinal);

        // Within the title words, one stem per word; and the singular of each role noun has its plural's stem.
        Assert.Equal(titleWords.Count, titleWords.Select(Stemmer.Stem).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Catalog.Occupations, occupation =>
            Assert.Equal(Stemmer.Stem(occupation.RoleNoun.Plural.ToLowerInvariant()), Stemmer.Stem(occupation.RoleNoun.Singular.ToLowerInvariant())));
        var titleStems = titleWords.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var relatedStems = relatedWords.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(relatedWords, word => titleStems.Contains(Stemmer.Stem(word)));
        Assert.DoesNotContain(statementWords, word => titleStems.Contains(Stemmer.Stem(word)) || relatedStems.Contains(Stemmer.Stem(word)));
    }

    /// <summary>"Level name, role label: title — description [chips]" per statement, for comparing a level as a whole.</summary>
    private static string Describe(SyntheticStatementGroup group) =>
        $"{group.LevelName}, {group.RoleLabel}: {string.Join(" | ", group.Statements.Select(statement => $"{statement.Title} — {statement.Description} [{string.Join(" + ", statement.Citations.Select(citation => $"{citation.Label} = {citation.SourceTitle}"))}]"))}";

    private static string Describe(string levelName, string? roleLabel, IEnumerable<Statement> statements) =>
        $"{levelName}, {roleLabel}: {string.Join(" | ", statements.Select(statement => $"{statement.Title} — {statement.Description} [{string.Join(" + ", statement.Citations.Select(citation => $"{citation.Label} = {citation.SourceTitle}"))}]"))}";

    private static List<string> Words(string text) => Tokenizer.Words(text);

    /// <summary>Every word the reader routes on: its cue phrases, list names and domain words.</summary>
    private static HashSet<string> RoutingWords() => ReaderVocabulary.RoutingWords().Concat(CueLexicon.Words).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^00[01]_[0-9a-f]{16}\.txt$")]
    private static partial Regex SeedFileName();

    [GeneratedRegex(@"^\d{2}-\d{4}\.\d{2}$")]
    private static partial Regex SocCode();
}
