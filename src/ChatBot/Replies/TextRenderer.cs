using System.Globalization;
using System.Text;
using ChatBot.Cards;
using ChatBot.Knowledge.Model;
using ChatBot.Replies.Views;

namespace ChatBot.Replies;

/// <summary>Draws any answer view as plain text, for channels without cards and for a card's fallback text.</summary>
internal static class TextRenderer
{
    public static string Render(AnswerView view)
    {
        var text = new StringBuilder();
        if (view.Framework is { } framework)
        {
            text.Append(framework.Occupation.Title).Append(" — ");
        }

        text.Append(view.Heading);
        if (view.Subheading is not null)
        {
            text.Append(" (").Append(view.Subheading).Append(')');
        }

        text.AppendLine();
        foreach (var block in view.Blocks)
        {
            Append(text, block);
        }

        if (!view.Sources.IsEmpty)
        {
            text.Append("Sources: ").AppendJoin("; ", view.Sources.Select(source => ListViews.Describe(source))).AppendLine(".");
        }

        var credits = Credits.For(view);
        foreach (var line in new[] { credits.FrameworkWide, credits.Copyright }.OfType<string>())
        {
            text.AppendLine(line);
        }

        return text.ToString().TrimEnd();
    }

    private static void Append(StringBuilder text, ViewBlock block)
    {
        switch (block)
        {
            case NoteBlock note:
                text.AppendLine(note.Text);
                break;
            case StatementsBlock statements:
                AppendStatements(text, statements);
                break;
            case PlacedStatementsBlock placed:
                foreach (var group in placed.Hits.GroupBy(hit => hit.Where))
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"{group.Key}:");
                    foreach (var hit in group)
                    {
                        text.Append("- ").AppendLine(hit.Title is null ? hit.Text : $"{hit.Title} — {hit.Text}");
                        if (hit.IsStatement && hit.Section != StatementSection.RoleLevel)
                        {
                            text.Append("  ").AppendLine(Cites(hit.Citations));
                        }
                    }
                }

                break;
            case ColumnsBlock columns:
                AppendStatements(text, columns.Left);
                AppendStatements(text, columns.Right);
                break;
            case FactsBlock facts:
                if (facts.Heading is not null)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"{facts.Heading}:");
                }

                foreach (var (label, value) in facts.Facts)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"- {label}: {value}");
                }

                break;
            case FiguresBlock figures:
                if (figures.Heading is not null)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"{figures.Heading}:");
                }

                foreach (var figure in figures.Figures)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"- {figure.Label}: {figure.Value} — {figure.Meaning} Source: {figure.Source}.");
                }

                break;
            case ItemsBlock items:
                if (items.Heading is not null)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"{items.Heading}:");
                }

                var number = 0;
                foreach (var item in items.Items)
                {
                    text.AppendLine(items.Numbered ? $"{++number}. {item}" : $"- {item}");
                }

                break;
            case LadderBlock ladder:
                text.AppendLine(string.Join(" › ", ladder.Levels.Select(level => level.Level == ladder.Current ? $"[{level.Name}]" : level.Name)));
                break;
            case SectionBlock section:
                text.AppendLine(CultureInfo.InvariantCulture, $"{section.Title} ({section.Summary}):");
                foreach (var inner in section.Blocks)
                {
                    Append(text, inner);
                }

                break;
            case QuoteBlock quote:
                text.AppendLine(CultureInfo.InvariantCulture, $"{(quote.Heading is null ? "" : $"{quote.Heading}: ")}“{quote.Text}” (Source: {quote.Citation})");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "No text form for this block.");
        }
    }

    private static void AppendStatements(StringBuilder text, StatementsBlock block)
    {
        if (block.Heading is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{block.Heading}:");
        }

        foreach (var statement in block.Statements)
        {
            text.Append(statement.Position).Append(". ");
            if (statement.Title is not null)
            {
                text.Append(statement.Title).Append(" — ");
            }

            text.AppendLine(statement.Description);
            if (block.Sourcing == Sourcing.PerStatement)
            {
                text.Append("   ").AppendLine(Cites(statement.Citations));
            }
        }
    }

    private static string Cites(IReadOnlyCollection<Citation> citations) =>
        citations.Count == 0 ? $"({CardParts.NoSourceCited})" : $"(cites: {string.Join(" · ", citations.Select(citation => citation.Label))})";
}
