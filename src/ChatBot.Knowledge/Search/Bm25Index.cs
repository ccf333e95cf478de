using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ChatBot.Knowledge.Search;

/// <summary>Okapi BM25 (k1 1.2, b 0.75) over one framework's documents: postings by stem, built once on first use.</summary>
internal sealed class Bm25Index
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly FrozenDictionary<string, (int Document, int Frequency)[]> _postings;
    private readonly int[] _lengths;
    private readonly double _averageLength;

    public Bm25Index(ImmutableArray<Bm25Document> documents)
    {
        Documents = documents;
        _lengths = [.. documents.Select(document => document.Stems.Count)];
        _averageLength = documents.IsEmpty ? 1 : Math.Max(1, _lengths.Average());
        _postings = documents
            .SelectMany((document, position) => document.Stems.GroupBy(stem => stem, StringComparer.Ordinal).Select(group => (Stem: group.Key, Posting: (position, group.Count()))))
            .GroupBy(entry => entry.Stem, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(entry => entry.Posting).ToArray(), StringComparer.Ordinal);
    }

    public ImmutableArray<Bm25Document> Documents { get; }

    public int Count => Documents.Length;

    /// <summary>Each document that has <paramref name="stem"/>, with its BM25 score for it.</summary>
    public IEnumerable<(int Document, double Score)> Score(string stem)
    {
        if (!_postings.TryGetValue(stem, out var postings))
        {
            yield break;
        }

        var idf = Math.Log(1 + ((Count - postings.Length + 0.5) / (postings.Length + 0.5)));
        foreach (var (document, frequency) in postings)
        {
            var norm = K1 * (1 - B + (B * _lengths[document] / _averageLength));
            yield return (document, idf * frequency * (K1 + 1) / (frequency + norm));
        }
    }
}
