using ChatBot.Cards.Model;
using ChatBot.Replies.Views;

namespace ChatBot.Cards;

/// <summary>Draws any answer view as an Adaptive Card from the shared parts.</summary>
internal static class CardRenderer
{
    public static AdaptiveCard Render(AnswerView view)
    {
        var body = new List<CardElement> { CardParts.Header(view.Framework, view.Heading, view.Subheading) };
        var sections = 0;
        foreach (var block in view.Blocks)
        {
            body.AddRange(Draw(block));
        }

        var credits = Credits.For(view);
        if (!view.Sources.IsEmpty || !credits.IsEmpty)
        {
            body.Add(CardParts.SourceFooter(view.Sources, credits));
        }

        body.AddRange(CardParts.ActionBar(view.NextQuestions));
        return new AdaptiveCard(body) { Speak = Speech.Escape(view.Lead) };

        // Sections are numbered in card order, which gives their elements ids unique within the card.
        IEnumerable<CardElement> Draw(ViewBlock block) => block switch
        {
            NoteBlock note => CardParts.Note(note),
            StatementsBlock statements => CardParts.StatementList(statements),
            PlacedStatementsBlock placed => CardParts.PlacedStatements(placed),
            ColumnsBlock columns => [CardParts.Columns(columns)],
            FactsBlock facts => CardParts.Facts(facts),
            FiguresBlock figures => CardParts.Figures(figures),
            ItemsBlock items => CardParts.Items(items),
            LadderBlock ladder => [CardParts.Ladder(ladder)],
            QuoteBlock quote => [CardParts.Quote(quote)],
            SectionBlock section => CardParts.Section(section, $"s{++sections}", [.. section.Blocks.SelectMany(Draw)]),
            _ => throw new ArgumentOutOfRangeException(nameof(view), block.GetType().Name, "No card part for this block."),
        };
    }
}
