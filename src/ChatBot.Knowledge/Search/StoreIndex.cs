using System.Collections.Frozen;
using System.Collections.Immutable;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Store;
using ChatBot.Knowledge.Text;

namespace ChatBot.Knowledge.Search;

/// <summary>Every framework of a store prepared for questions, plus what finds an occupation from a question.</summary>
internal sealed class StoreIndex
{
    public StoreIndex(FrameworkStore store)
    {
        Frameworks = [.. store.Frameworks.Select(framework => new FrameworkIndex(framework, store.References))];
        BySoc = Frameworks.ToFrozenDictionary(index => index.Framework.Occupation.SocCode, StringComparer.OrdinalIgnoreCase);
        ByTitleStem = Frameworks
            .SelectMany(index => index.TitleStems.Select(stem => (stem, index)))
            .GroupBy(pair => pair.stem, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.index).ToImmutableArray(), StringComparer.Ordinal);
        RelatedTitlesByFirstStem = Frameworks
            .SelectMany(index => index.Framework.Onet.RelatedTitles.SelectMany(title => Names(title).Select(name =>
                new RelatedTitle(title, [.. Tokenizer.ContentStems(name).Distinct(StringComparer.Ordinal)], index))))
            .Where(title => title.Stems.Length > 0)
            .GroupBy(title => title.Stems[0], StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.ToImmutableArray(), StringComparer.Ordinal);
        SocPrefixes = Frameworks
            .GroupBy(index => index.Framework.Occupation.SocCode.Split('.')[0], StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.OrderBy(index => index.Framework.Occupation.SocCode, StringComparer.Ordinal).First(), StringComparer.Ordinal);
        OccupationStems = ByTitleStem.Keys.ToFrozenSet(StringComparer.Ordinal);
    }

    public ImmutableArray<FrameworkIndex> Frameworks { get; }

    public FrozenDictionary<string, FrameworkIndex> BySoc { get; }

    public FrozenDictionary<string, ImmutableArray<FrameworkIndex>> ByTitleStem { get; }

    /// <summary>
    /// Related titles by the first of their stems: a title matches a question only when the question has all its
    /// stems, so the question's own stems find every candidate without a scan of the catalogue's titles.
    /// </summary>
    public FrozenDictionary<string, ImmutableArray<RelatedTitle>> RelatedTitlesByFirstStem { get; }

    /// <summary>The framework a six-digit SOC code ("43-5032") names: the first of its detailed codes.</summary>
    public FrozenDictionary<string, FrameworkIndex> SocPrefixes { get; }

    public FrozenSet<string> OccupationStems { get; }

    public FrameworkIndex For(OccupationFramework framework) => BySoc[framework.Occupation.SocCode];

    /// <summary>"Auto Service Dispatcher (Automotive Service Dispatcher)" is asked for by either name.</summary>
    private static IEnumerable<string> Names(string title)
    {
        var open = title.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0)
        {
            return [title];
        }

        var close = title.IndexOf(')', open);
        return [title[..open].Trim(), title[(open + 1)..(close < 0 ? title.Length : close)].Trim()];
    }
}
