using System.Collections.Frozen;
using System.Collections.Immutable;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Text;

namespace ChatBot.Knowledge.Search;

/// <summary>
/// One framework prepared for questions. What finds the occupation (its title stems, excluded words, articles) is
/// built when the store loads; the search structures over its statements and lists are built on first use, once,
/// so a catalogue of a thousand occupations starts in seconds and holds indexes only for occupations people ask about.
/// </summary>
internal sealed class FrameworkIndex
{
    private readonly Lazy<Prepared> _prepared;

    public FrameworkIndex(OccupationFramework framework, IEnumerable<ReferenceDocument> references)
    {
        Framework = framework;
        var (included, excluded) = SplitTitle(framework.Occupation.Title);
        TitleStems = [.. included.Where(word => !StopWords.All.Contains(word)).Select(Stemmer.Stem).Distinct(StringComparer.Ordinal)];
        ExcludedWords = [.. excluded.Where(word => !StopWords.All.Contains(word))];
        PersonNouns = PersonNoun.Of(framework.Occupation.Title);
        PersonNounStem = PersonNouns.IsEmpty ? "" : Stemmer.Stem(PersonNouns[0]);
        References = [.. references.Where(reference => Tokenizer.ContentStems(reference.Title).Intersect(TitleStems, StringComparer.Ordinal).Any())];
        _prepared = new Lazy<Prepared>(() => new Prepared(framework, TitleStems, References), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Whether the statement and list indexes have been built (by a question about this occupation).</summary>
    public bool IsPrepared => _prepared.IsValueCreated;

    public OccupationFramework Framework { get; }

    public ImmutableArray<IndexedStatement> Statements => _prepared.Value.Statements;

    public FrozenDictionary<OnetList, ImmutableArray<IndexedItem>> Lists => _prepared.Value.Lists;

    /// <summary>Stems of the words that name the occupation ("dispatch"), not those after "Except".</summary>
    public ImmutableArray<string> TitleStems { get; }

    /// <summary>The title's person noun as written and in the other number ("dispatchers", "dispatcher"); see <see cref="PersonNoun"/>.</summary>
    public ImmutableArray<string> PersonNouns { get; }

    /// <summary>The person noun's stem, the title word that says which workers are meant.</summary>
    public string PersonNounStem { get; }

    /// <summary>The words an O*NET title excludes after "Except" ("police", "fire", "ambulance").</summary>
    public ImmutableArray<string> ExcludedWords { get; }

    /// <summary>Articles about this occupation: their titles name it.</summary>
    public ImmutableArray<ReferenceDocument> References { get; }

    public FrozenDictionary<string, double> InverseDocumentFrequency => _prepared.Value.InverseDocumentFrequency;

    /// <summary>Every list item with its list, in list order: search results point into it by position.</summary>
    public ImmutableArray<(OnetList List, IndexedItem Item)> Items => _prepared.Value.Items;

    /// <summary>How many letters of a squashed title find it inside a squashed question.</summary>
    public const int SquashedTitleOpening = 8;

    /// <summary>Distinctive title stem → positions in <see cref="Statements"/> whose title has it.</summary>
    public FrozenDictionary<string, int[]> StatementsByTitleStem => _prepared.Value.StatementsByTitleStem;

    /// <summary>
    /// The first <see cref="SquashedTitleOpening"/> letters of a squashed title → positions in <see cref="Statements"/>,
    /// looked up by a slice of the question without a string per slice: a glued spelling of a title
    /// ("scheduleoptimization") is found by its opening, not by a scan of every title.
    /// </summary>
    public FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> TitleOpenings => _prepared.Value.TitleOpenings;

    /// <summary>"Did you mean" candidates, compared by letter trigrams.</summary>
    public ImmutableArray<Suggestion> Suggestions => _prepared.Value.Suggestions;

    /// <summary>Trigram → positions in <see cref="Suggestions"/> that have it.</summary>
    public FrozenDictionary<string, int[]> SuggestionsByTrigram => _prepared.Value.SuggestionsByTrigram;

    /// <summary>The framework's sources joined with the citations that point to them.</summary>
    public ImmutableArray<SourceEntry> Sources => _prepared.Value.Sources;

    /// <summary>The sources behind the level statements.</summary>
    public ImmutableArray<SourceEntry> LevelSources => _prepared.Value.LevelSources;

    /// <summary>Each source with the words of its name and labels, to find a source a question names.</summary>
    public ImmutableArray<(SourceEntry Source, FrozenSet<string> Words)> SourceWords => _prepared.Value.SourceWords;

    /// <summary>Statements, list items and reference paragraphs for retrieval.</summary>
    public Bm25Index Bm25 => _prepared.Value.Bm25;

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
        Framework.PlacedStatements().SelectMany(placed => Tokenizer.Words(placed.Statement.Title ?? ""))
            .Concat(Framework.Domains.SelectMany(domain => Tokenizer.Words(domain.Name)))
            .Concat(Enum.GetValues<OnetList>().SelectMany(list => Framework.List(list)).SelectMany(Tokenizer.Words))
            .Concat(Tokenizer.Words(Framework.Occupation.Title));

    private static IndexedStatement Index(PlacedStatement placed, ImmutableArray<string> occupationStems)
    {
        var statement = placed.Statement;
        var titleStems = Tokenizer.TextStems(statement.Title ?? "");
        return new IndexedStatement(
            placed,
            [.. titleStems],
            Tokenizer.TextStems($"{statement.Title} {statement.Description}").ToFrozenSet(StringComparer.Ordinal),
            Tokenizer.Squash(statement.Title ?? ""),
            [.. titleStems.Where(stem => !occupationStems.Contains(stem)).Distinct(StringComparer.Ordinal)]);
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

    private static FrozenDictionary<string, int[]> Postings(IEnumerable<IEnumerable<string>> documents) =>
        documents.SelectMany((keys, position) => keys.Distinct(StringComparer.Ordinal).Select(key => (key, position)))
            .GroupBy(pair => pair.key, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.position).ToArray(), StringComparer.Ordinal);

    private static FrozenDictionary<string, double> BuildIdf(IEnumerable<FrozenSet<string>> documents)
    {
        var list = documents.ToList();
        return list.SelectMany(document => document)
            .GroupBy(stem => stem, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => Math.Log(1 + ((double)list.Count / group.Count())), StringComparer.Ordinal);
    }

    /// <summary>The statement and list indexes, built together on first use.</summary>
    private sealed class Prepared
    {
        public Prepared(OccupationFramework framework, ImmutableArray<string> titleStems, ImmutableArray<ReferenceDocument> references)
        {
            Statements = [.. framework.PlacedStatements().Select(placed => Index(placed, titleStems))];
            Lists = Enum.GetValues<OnetList>().ToFrozenDictionary(list => list, list => framework.List(list).Select(IndexItem).ToImmutableArray());
            Items = [.. Lists.OrderBy(pair => pair.Key).SelectMany(pair => pair.Value.Select(item => (pair.Key, item)))];
            StatementsByTitleStem = Postings(Statements.Select(statement => (IEnumerable<string>)statement.DistinctiveTitleStems));
            TitleOpenings = Postings(Statements.Select(statement => statement.SquashedTitle.Length >= SquashedTitleOpening
                ? [statement.SquashedTitle[..SquashedTitleOpening]]
                : Enumerable.Empty<string>())).GetAlternateLookup<ReadOnlySpan<char>>();
            Suggestions = SuggestionFinder.Candidates(framework);
            SuggestionsByTrigram = Postings(Suggestions.Select(suggestion => (IEnumerable<string>)suggestion.Trigrams));
            Sources = SourceCatalog.All(framework);
            LevelSources = SourceCatalog.ForLevels(framework, Sources);
            SourceWords = [.. Sources.Select(source => (source, Text.Tokenizer.Words($"{source.Name} {string.Join(' ', source.Labels)}").ToFrozenSet(StringComparer.Ordinal)))];
            Bm25 = new Bm25Index([.. Statements.Select(statement => new Bm25Document(statement.Placed, [.. statement.TitleStems, .. statement.TitleStems, .. Tokenizer.TextStems(statement.Placed.Statement.Description)])),
                .. Items.Select(entry => new Bm25Document((entry.List, entry.Item.Text), [.. entry.Item.Stems])),
                .. references.SelectMany(reference => reference.Sections.SelectMany(section => section.Paragraphs.Select(paragraph =>
                    new Bm25Document(new ReferencePassage(reference, section.Heading, paragraph), Tokenizer.TextStems(paragraph)))))]);
            InverseDocumentFrequency = BuildIdf(Statements.Select(statement => statement.TextStems)
                .Concat(Lists.Values.SelectMany(items => items).Select(item => item.Stems)));
        }

        public ImmutableArray<IndexedStatement> Statements { get; }

        public FrozenDictionary<OnetList, ImmutableArray<IndexedItem>> Lists { get; }

        public ImmutableArray<(OnetList List, IndexedItem Item)> Items { get; }

        public FrozenDictionary<string, int[]> StatementsByTitleStem { get; }

        public FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> TitleOpenings { get; }

        public ImmutableArray<Suggestion> Suggestions { get; }

        public FrozenDictionary<string, int[]> SuggestionsByTrigram { get; }

        public ImmutableArray<SourceEntry> Sources { get; }

        public ImmutableArray<SourceEntry> LevelSources { get; }

        public ImmutableArray<(SourceEntry Source, FrozenSet<string> Words)> SourceWords { get; }

        public FrozenDictionary<string, double> InverseDocumentFrequency { get; }

        public Bm25Index Bm25 { get; }
    }
}
