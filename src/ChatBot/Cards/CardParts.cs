using ChatBot.Cards.Model;
using ChatBot.Knowledge.Model;

namespace ChatBot.Cards;

/// <summary>The shared pieces every answer card is built from: header, statement list and source footer.</summary>
internal static class CardParts
{
    /// <summary>A band with the occupation, the answer's heading and a line of facts about the framework.</summary>
    public static Container Header(OccupationFramework framework, string heading, string? subheading)
    {
        var items = new List<CardElement>
        {
            Literal(framework.Occupation.Title, run => run with { Weight = TextWeight.Bolder, IsSubtle = true }),
            Literal(heading, run => run with { Size = TextSize.Large, Weight = TextWeight.Bolder }) with { Spacing = Spacing.Small },
        };
        if (subheading is not null)
        {
            items.Add(Literal(subheading, run => run with { Color = TextColor.Accent }) with { Spacing = Spacing.None });
        }

        items.Add(Literal(FrameworkFacts(framework), run => run with { Size = TextSize.Small, IsSubtle = true }) with { Spacing = Spacing.Small });
        return new Container(items) { Style = ContainerStyle.Emphasis, Bleed = true };
    }

    /// <summary>Numbered statements: the title in bold, then the description, in the framework's order.</summary>
    public static IEnumerable<CardElement> StatementList(IEnumerable<Statement> statements) =>
        statements.Select(statement => new RichTextBlock(statement.Title is null
            ? [new TextRun($"{statement.Position}. "), new TextRun(statement.Description)]
            : [new TextRun($"{statement.Position}. "), new TextRun(statement.Title) { Weight = TextWeight.Bolder }, new TextRun($" — {statement.Description}")])
        { Spacing = Spacing.Medium });

    /// <summary>The full names of the sources behind the card, linked only where the source document gives a URL.</summary>
    public static Container SourceFooter(IReadOnlyCollection<SourceReference> sources, string? attribution)
    {
        var items = new List<CardElement> { new TextBlock(sources.Count == 1 ? "Source" : "Sources") { Weight = TextWeight.Bolder, Size = TextSize.Small } };
        items.AddRange(sources.Select(source => new RichTextBlock(
            [new TextRun(source.Name) { Size = TextSize.Small, SelectAction = source.Url is null ? null : new OpenUrlAction(source.Url) { Title = source.Name } }])
        { Spacing = Spacing.None }));
        if (attribution is not null)
        {
            items.Add(Literal(attribution, run => run with { Size = TextSize.Small, IsSubtle = true }) with { Spacing = Spacing.Small });
        }

        return new Container(items) { Spacing = Spacing.Large, Separator = true };
    }

    private static RichTextBlock Literal(string text, Func<TextRun, TextRun> style) => new([style(new TextRun(text))]);

    private static string FrameworkFacts(OccupationFramework framework)
    {
        var occupation = framework.Occupation;
        var facts = new List<string> { $"SOC {occupation.SocCode}" };
        if (occupation.JobZone is { } zone)
        {
            facts.Add(occupation.JobZoneLabel is null ? $"Job Zone {zone}" : $"Job Zone {zone} · {occupation.JobZoneLabel}");
        }

        if (framework.Version is not null)
        {
            facts.Add($"Framework {framework.Version}");
        }

        return string.Join(" · ", facts);
    }
}
