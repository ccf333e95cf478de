using ChatBot.Cards.Model;
using ChatBot.Replies.Views;

namespace ChatBot.Cards;

/// <summary>Draws any answer view as an Adaptive Card from the shared parts.</summary>
internal static class CardRenderer
{
    public static AdaptiveCard Render(AnswerView view)
    {
        var body = new List<CardElement> { CardParts.Header(view.Framework, view.Heading, view.Subheading) };
        foreach (var block in view.Blocks)
        {
            switch (block)
            {
                case NoteBlock note:
                    body.AddRange(CardParts.Note(note));
                    break;
                case StatementsBlock statements:
                    body.AddRange(CardParts.StatementList(statements));
                    break;
                case PlacedStatementsBlock placed:
                    body.AddRange(CardParts.PlacedStatements(placed));
                    break;
                case ColumnsBlock columns:
                    body.Add(CardParts.Columns(columns));
                    break;
                case FactsBlock facts:
                    body.AddRange(CardParts.Facts(facts));
                    break;
                case ItemsBlock items:
                    body.AddRange(CardParts.Items(items));
                    break;
                case LadderBlock ladder:
                    body.Add(CardParts.Ladder(ladder));
                    break;
                case QuoteBlock quote:
                    body.Add(CardParts.Quote(quote));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(view), block.GetType().Name, "No card part for this block.");
            }
        }

        if (!view.Sources.IsEmpty)
        {
            body.Add(CardParts.SourceFooter(view.Sources, view.Framework?.Attribution));
        }

        body.AddRange(CardParts.ActionBar(view.NextQuestions));
        return new AdaptiveCard(body) { Speak = Speech.Escape(view.Lead) };
    }
}
