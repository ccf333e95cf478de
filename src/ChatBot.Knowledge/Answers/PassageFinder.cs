using System.Collections.Immutable;
using System.Text;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Text;

namespace ChatBot.Knowledge.Answers;

/// <summary>Picks what reference articles say on a point: whole paragraphs for scope, single sentences for figures.</summary>
internal static class PassageFinder
{
    private static readonly string[] PayWords = ["salary", "salaries", "pay", "paid", "earn", "earns", "earning", "earnings", "wage", "wages", "income", "compensation"];

    /// <summary>Words that mark a paragraph drawing a contrast, which is what a question about a boundary needs.</summary>
    private static readonly string[] ContrastWords = ["while", "whereas", "however", "unlike", "differ", "differs", "different", "differences", "difference"];

    /// <summary>
    /// Up to <paramref name="count"/> paragraphs sharing the most words with <paramref name="words"/>, those that draw
    /// a contrast first, in document order.
    /// </summary>
    public static ImmutableArray<ReferencePassage> Paragraphs(IEnumerable<ReferenceDocument> documents, IEnumerable<string> words, int count)
    {
        var stems = words.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var candidates = documents
            .SelectMany(document => document.Sections.SelectMany(section => section.Paragraphs.Select(paragraph => new ReferencePassage(document, section.Heading, paragraph))))
            .Select((passage, order) => (Passage: passage, Order: order, Score: Score(passage, stems)))
            .Where(candidate => candidate.Score > 0)
            .OrderByDescending(candidate => candidate.Score)
            .ThenBy(candidate => candidate.Order)
            .Take(count)
            .OrderBy(candidate => candidate.Order);
        return [.. candidates.Select(candidate => candidate.Passage)];
    }

    private static int Score(ReferencePassage passage, HashSet<string> stems)
    {
        var words = Tokenizer.Words($"{passage.Heading} {passage.Text}");
        var shared = words.Select(Stemmer.Stem).Distinct(StringComparer.Ordinal).Count(stems.Contains);
        return shared == 0 ? 0 : shared + (words.Any(ContrastWords.Contains) ? 3 : 0);
    }

    /// <summary>The sentences that state a pay figure, as written; failing those, the ones that talk about pay.</summary>
    public static ImmutableArray<ReferencePassage> PaySentences(IEnumerable<ReferenceDocument> documents)
    {
        var sentences = documents.SelectMany(document => document.Sections.SelectMany(section => section.Paragraphs
            .SelectMany(Sentences)
            .Select(sentence => new ReferencePassage(document, section.Heading, sentence)))).ToList();
        var figures = sentences.Where(passage => passage.Text.Contains('$', StringComparison.Ordinal)).ToImmutableArray();
        return figures.IsEmpty
            ? [.. sentences.Where(passage => Tokenizer.Words(passage.Text).Any(word => PayWords.Contains(word)))]
            : figures;
    }

    /// <summary>The passage without its pay sentences ("Dispatchers earn an average salary of ..."); null when nothing else is left.</summary>
    /// <remarks>A sentence left out between two kept ones is marked "…", so the quote never reads as continuous where it is not.</remarks>
    public static ReferencePassage? WithoutPay(ReferencePassage passage)
    {
        var text = new StringBuilder();
        var gap = false;
        foreach (var sentence in Sentences(passage.Text))
        {
            if (sentence.Contains('$', StringComparison.Ordinal) || Tokenizer.Words(sentence).Any(word => PayWords.Contains(word)))
            {
                gap = true;
                continue;
            }

            text.Append(text.Length == 0 ? "" : gap ? " … " : " ").Append(sentence);
            gap = false;
        }

        return text.Length == 0 ? null : passage with { Text = text.ToString() };
    }

    private static IEnumerable<string> Sentences(string paragraph)
    {
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var end = paragraph[i] is '.' or '?' or '!' && (i + 1 == paragraph.Length || paragraph[i + 1] == ' ');
            if (end)
            {
                yield return paragraph[start..(i + 1)].Trim();
                start = i + 1;
            }
        }

        if (start < paragraph.Length && paragraph[start..].Trim() is { Length: > 0 } rest)
        {
            yield return rest;
        }
    }
}
