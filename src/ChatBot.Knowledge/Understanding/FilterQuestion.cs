using System.Collections.Immutable;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// "Which of those cite Pathsmith?", "do any of them mention radio?": the previous answer's statements, kept when they
/// cite <paramref name="Source"/> or use one of <paramref name="Terms"/>.
/// </summary>
public sealed record FilterQuestion(OccupationFramework Framework, ImmutableArray<PlacedStatement> Items, SourceEntry? Source, ImmutableArray<string> Terms) : FrameworkQuestion(Framework)
{
    /// <summary>Keep only statements that cite <see cref="Source"/> and nothing else ("cite only Pathsmith").</summary>
    public bool Only { get; init; }

    public override string Key => KeyOf("filter", QuestionKey.All(Items.Select(QuestionKey.Place)), Source?.Name ?? "", QuestionKey.All(Terms), Only ? "only" : "");

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Filter(this);

    /// <summary>The items kept: those citing the source, or those whose title or description has one of the terms.</summary>
    public ImmutableArray<PlacedStatement> Matches => [.. Items.Where(Keeps)];

    /// <summary>Keeps what the previous answer was about ("and at advanced?" asks about that section again); "those" are now the matches.</summary>
    internal override ConversationContext Next(ConversationContext context) => context with
    {
        SocCode = Framework.Occupation.SocCode,
        Items = [.. Matches.Select(StatementRef.Of)],
    };

    private bool Keeps(PlacedStatement placed)
    {
        if (Source is { } source)
        {
            return Only
                ? !placed.Statement.Citations.IsEmpty && placed.Statement.Citations.All(citation => source.Labels.Contains(citation.Label))
                : placed.Statement.Citations.Any(citation => source.Labels.Contains(citation.Label));
        }

        var stems = Text.Tokenizer.TextStems($"{placed.Statement.Title} {placed.Statement.Description}");
        return Terms.Any(term => stems.Contains(Text.Stemmer.Stem(term)));
    }
}
