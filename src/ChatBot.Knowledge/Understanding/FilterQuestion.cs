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
    public override string Key => KeyOf("filter", QuestionKey.All(Items.Select(QuestionKey.Place)), Rule.ToString(), Source?.Name ?? "", QuestionKey.All(Terms));

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Filter(this);

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

            var stems = Terms.Select(Text.Stemmer.Stem).Distinct(StringComparer.Ordinal).ToList();
            var counted = Items.Select(placed => (placed, Count: stems.Count(Text.Tokenizer.TextStems($"{placed.Statement.Title} {placed.Statement.Description}").Contains))).ToList();
            var most = counted.Count == 0 ? 0 : counted.Max(item => item.Count);
            var wanted = most == stems.Count ? most : 1;
            return most == 0 ? [] : [.. counted.Where(item => item.Count >= wanted).Select(item => item.placed)];
        }
    }

    /// <summary>Keeps what the previous answer was about ("and at advanced?" asks about that section again); "those" are now the matches.</summary>
    internal override ConversationContext Next(ConversationContext context) => context with
    {
        SocCode = Framework.Occupation.SocCode,
        Items = [.. Matches.Select(StatementRef.Of)],
    };

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
