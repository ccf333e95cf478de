using System.Collections.Immutable;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// "Which of those cite Pathsmith?", "do any of them mention radio?", "which one has no citation?": the previous
/// answer's statements (or a section's), kept by <paramref name="Rule"/> with its <paramref name="Source"/> or
/// <paramref name="Terms"/>.
/// </summary>
public sealed record FilterQuestion(OccupationFramework Framework, ImmutableArray<PlacedStatement> Items, FilterRule Rule, SourceEntry? Source, ImmutableArray<string> Terms) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("filter", QuestionKey.All(Items.Select(QuestionKey.Place)), Rule.ToString(), Source?.Name ?? "", QuestionKey.All(Terms), OfPreviousAnswer ? "" : "asked");

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Filter(this);

    /// <summary>Whether <see cref="Items"/> is the previous answer, not a section the question named.</summary>
    public bool OfPreviousAnswer { get; init; } = true;

    /// <summary>How many of the words (each with its equivalents, <see cref="Search.SearchSynonyms.StemsOf"/>) the statement uses.</summary>
    internal static int WordsUsed(IReadOnlyList<HashSet<string>> words, PlacedStatement placed)
    {
        var stems = Text.Tokenizer.TextStems($"{placed.Statement.Title} {placed.Statement.Description}");
        return words.Count(word => word.Overlaps(stems));
    }

    /// <summary>
    /// The items kept. By words: those using every word when any does ("about work orders" is not every statement
    /// with "work" in it), else those using one of them.
    /// </summary>
    public ImmutableArray<PlacedStatement> Matches
    {
        get
        {
            if (Rule != FilterRule.Mentions)
            {
                return [.. Items.Where(Cites)];
            }

            // A word counts as used when it or one of its everyday equivalents is ("mapping" → "geographic").
            var words = Terms.Select(Search.SearchSynonyms.StemsOf).ToList();
            var counted = Items.Select(placed => (placed, Count: WordsUsed(words, placed))).ToList();
            var most = counted.Count == 0 ? 0 : counted.Max(item => item.Count);
            var wanted = most == words.Count ? most : 1;
            return most == 0 ? [] : [.. counted.Where(item => item.Count >= wanted).Select(item => item.placed)];
        }
    }

    /// <summary>
    /// Keeps the section filtered ("and at advanced?" asks about that section again) and how it was filtered ("same
    /// question for Advanced?"); "those" are now the matches.
    /// </summary>
    internal override ConversationContext Next(ConversationContext context)
    {
        var section = SectionOf(Items) ?? context.Focus ?? new ConversationFocus(FocusKind.Other, context.Level, null);
        return context with
        {
            SocCode = Framework.Occupation.SocCode,
            Level = section.Level ?? context.Level,
            Focus = section with { Filter = Rule, FilterSource = Source?.Name, FilterTerms = Terms },
            Items = [.. Matches.Select(StatementRef.Of)],
        };
    }

    /// <summary>The one section at one level all the filtered statements come from, if they do.</summary>
    private static ConversationFocus? SectionOf(ImmutableArray<PlacedStatement> items)
    {
        if (items.IsEmpty || items.Select(item => (item.Place.Section, item.Place.Level, item.Place.DomainName)).Distinct().Count() != 1)
        {
            return null;
        }

        var place = items[0].Place;
        return place.Section switch
        {
            StatementSection.AiUsage => new ConversationFocus(FocusKind.AiUsage, place.Level, null),
            StatementSection.Domain => new ConversationFocus(FocusKind.Domain, place.Level, place.DomainName),
            _ => new ConversationFocus(FocusKind.Level, place.Level, null),
        };
    }

    private bool Cites(PlacedStatement placed)
    {
        var citations = placed.Statement.Citations;
        bool FromSource(Citation citation) => Source is { } source && source.Labels.Contains(citation.Label);
        return Rule switch
        {
            FilterRule.CitesOnly => !citations.IsEmpty && citations.All(FromSource),
            FilterRule.DoesNotCite => !citations.Any(FromSource),
            FilterRule.CitesNothing => citations.IsEmpty,
            _ => citations.Any(FromSource),
        };
    }
}
