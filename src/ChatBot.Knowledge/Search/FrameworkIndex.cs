using System.Collections.Frozen;
using System.Collections.Immutable;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Search;

/// <summary>One framework prepared for questions: built once when the store loads, read-only afterwards.</summary>
internal sealed class FrameworkIndex
{
    public FrameworkIndex(OccupationFramework framework, IEnumerable<ReferenceDocument> references)
    {
        Framework = framework;
        Statements = [.. framework.PlacedStatements().Select(Index)];
        Lists = Enum.GetValues<OnetList>().ToFrozenDictionary(list => list, list => framework.List(list).Select(IndexItem).ToImmutableArray());
        var (included, excluded) = SplitTitle(framework.Occupation.Title);
        TitleStems = [.. included.Where(word => !StopWords.All.Contains(word)).Select(Stemmer.Stem).Distinct(StringComparer.Ordinal)];
        ExcludedWords = [.. excluded.Where(word => !StopWords.All.Contains(word))];
        References = [.. references.Where(reference => Tokenizer.ContentStems(reference.Title).Intersect(TitleStems, StringComparer.Ordinal).Any())];
        InverseDocumentFrequency = BuildIdf(Statements.Select(statement => statement.TextStems)
            .Concat(Lists.Values.SelectMany(items => items).Select(item => item.Stems)));
    }

    public OccupationFramework Framework { get; }

    public ImmutableArray<IndexedStatement> Statements { get; }

    public FrozenDictionary<OnetList, ImmutableArray<IndexedItem>> Lists { get; }

    /// <summary>Stems of the words that name the occupation ("dispatch"), not those after "Except".</summary>
    public ImmutableArray<string> TitleStems { get; }

    /// <summary>The words an O*NET title excludes after "Except" ("police", "fire", "ambulance").</summary>
    public ImmutableArray<string> ExcludedWords { get; }

    /// <summary>Articles about this occupation: their titles name it.</summary>
    public ImmutableArray<ReferenceDocument> References { get; }

    public FrozenDictionary<string, double> InverseDocumentFrequency { get; }

    public double Idf(string stem) => InverseDocumentFrequency.GetValueOrDefault(stem, 0);

    /// <summary>Every word of the framework, for telling typos from words the store simply does not use.</summary>
    public IEnumerable<string> AllWords() =>
        Framework.PlacedStatements().SelectMany(placed => Tokenizer.Words($"{placed.Statement.Title} {placed.Statement.Description} {placed.Place.DomainName}"))
            .Concat(Enum.GetValues<OnetList>().SelectMany(list => Framework.List(list)).SelectMany(Tokenizer.Words))
            .Concat(Tokenizer.Words($"{Framework.Occupation.Title} {Framework.ContextCovered} {Framework.Occupation.JobZoneLabel}"))
            .Concat(Framework.Levels.SelectMany(level => Tokenizer.Words($"{level.Name} {level.RoleLabel}")))
            .Concat(References.SelectMany(reference => reference.Sections.SelectMany(section => section.Paragraphs).Prepend(reference.Title)).SelectMany(Tokenizer.Words));

    /// <summary>Words worth correcting a typo toward: titles, names and list items, not every word of every description.</summary>
    public IEnumerable<string> KeyWords() =>
        Statements.SelectMany(statement => Tokenizer.Words(statement.Placed.Statement.Title ?? ""))
            .Concat(Framework.Domains.SelectMany(domain => Tokenizer.Words(domain.Name)))
            .Concat(Enum.GetValues<OnetList>().SelectMany(list => Framework.List(list)).SelectMany(Tokenizer.Words))
            .Concat(Tokenizer.Words(Framework.Occupation.Title));

    private static IndexedStatement Index(PlacedStatement placed)
    {
        var statement = placed.Statement;
        return new IndexedStatement(
            placed,
            [.. Tokenizer.TextStems(statement.Title ?? "")],
            Tokenizer.TextStems($"{statement.Title} {statement.Description}").ToFrozenSet(StringComparer.Ordinal),
            Tokenizer.Squash(statement.Title ?? ""));
    }

    private static IndexedItem IndexItem(string text)
    {
        var words = Tokenizer.Words(text).Where(word => !StopWords.Function.Contains(word)).ToList();
        return new IndexedItem(
            text,
            words.Select(Stemmer.Stem).ToFrozenSet(StringComparer.Ordinal),
            string.Concat(words.Select(word => word[0])),
            Tokenizer.Squash(text));
    }

    private static (List<string> Included, List<string> Excluded) SplitTitle(string title)
    {
        var words = Tokenizer.Words(title);
        var except = words.IndexOf("except");
        return except < 0 ? (words, []) : (words[..except], words[(except + 1)..]);
    }

    private static FrozenDictionary<string, double> BuildIdf(IEnumerable<FrozenSet<string>> documents)
    {
        var list = documents.ToList();
        return list.SelectMany(document => document)
            .GroupBy(stem => stem, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => Math.Log(1 + ((double)list.Count / group.Count())), StringComparer.Ordinal);
    }
}
