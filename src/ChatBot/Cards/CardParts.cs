using ChatBot.Cards.Model;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;
using ChatBot.Replies.Views;

namespace ChatBot.Cards;

/// <summary>
/// The shared pieces every answer card is built from: header, statement list (each statement with what it cites),
/// folded section, source footer and action bar. Text from frameworks, articles or users always goes into text runs,
/// which no client reads as markdown.
/// </summary>
internal static class CardParts
{
    public const string NoSourceCited = "no source cited";

    /// <summary>A band with the occupation, the answer's heading and a line of facts about the framework.</summary>
    public static Container Header(OccupationFramework? framework, string heading, string? subheading)
    {
        var items = new List<CardElement>();
        if (framework is not null)
        {
            items.Add(Literal(framework.Occupation.Title, run => run with { Weight = TextWeight.Bolder, IsSubtle = true }));
        }

        items.Add(Literal(heading, run => run with { Size = TextSize.Large, Weight = TextWeight.Bolder }) with { Spacing = Spacing.Small });
        if (subheading is not null)
        {
            items.Add(Literal(subheading, run => run with { Color = TextColor.Accent }) with { Spacing = Spacing.None });
        }

        if (framework is not null)
        {
            items.Add(Literal(FrameworkFacts(framework), run => run with { Size = TextSize.Small, IsSubtle = true }) with { Spacing = Spacing.Small });
        }

        return new Container(items) { Style = ContainerStyle.Emphasis, Bleed = true };
    }

    public static IEnumerable<CardElement> Note(NoteBlock note) =>
        [Literal(note.Text, run => note.Emphasis ? run with { Weight = TextWeight.Bolder } : run) with { Spacing = Spacing.Medium }];

    /// <summary>Numbered statements, title in bold then the description; with citations, each says what it cites.</summary>
    public static IEnumerable<CardElement> StatementList(StatementsBlock block)
    {
        var elements = new List<CardElement>();
        if (block.Heading is not null)
        {
            elements.Add(SectionHeading(block.Heading));
        }

        foreach (var statement in block.Statements)
        {
            elements.Add(Statement($"{statement.Position}. ", statement.Title, statement.Description, block.Sourcing == Sourcing.PerStatement ? statement.Citations : null));
        }

        return elements;
    }

    /// <summary>Statements and list items found by title or keyword, grouped by where they belong.</summary>
    public static IEnumerable<CardElement> PlacedStatements(PlacedStatementsBlock block)
    {
        foreach (var group in block.Hits.GroupBy(hit => hit.Where))
        {
            if (block.ShowWhere)
            {
                yield return SectionHeading(group.Key);
            }

            foreach (var hit in group)
            {
                yield return Statement("", hit.Title, hit.Text, hit.IsStatement && hit.Section != StatementSection.RoleLevel ? hit.Citations : null);
            }
        }
    }

    public static ColumnSet Columns(ColumnsBlock block) =>
        new([
            new Column([.. StatementList(block.Left)]) { Width = "stretch" },
            new Column([.. StatementList(block.Right)]) { Width = "stretch" },
        ])
        { Spacing = Spacing.Medium };

    public static IEnumerable<CardElement> Facts(FactsBlock block)
    {
        if (block.Heading is not null)
        {
            yield return SectionHeading(block.Heading);
        }

        yield return new FactSet([.. block.Facts.Select(fact => new Fact(fact.Label, fact.Value))]) { Spacing = Spacing.Small };
    }

    /// <summary>Each figure: its label and value in bold, then in small grey what it is and its source.</summary>
    public static IEnumerable<CardElement> Figures(FiguresBlock block)
    {
        if (block.Heading is not null)
        {
            yield return SectionHeading(block.Heading);
        }

        foreach (var figure in block.Figures)
        {
            yield return new RichTextBlock([new TextRun($"{figure.Label}: ") { Weight = TextWeight.Bolder }, new TextRun(figure.Value) { Weight = TextWeight.Bolder }]) { Spacing = Spacing.Small };
            yield return Literal($"{figure.Meaning} Source: {figure.Source}.", run => run with { Size = TextSize.Small, IsSubtle = true }) with { Spacing = Spacing.None };
        }
    }

    public static IEnumerable<CardElement> Items(ItemsBlock block)
    {
        if (block.Heading is not null)
        {
            yield return SectionHeading(block.Heading);
        }

        var number = 0;
        foreach (var item in block.Items)
        {
            var spacing = number == 0 && block.Heading is null ? Spacing.Medium : Spacing.None;
            yield return Literal(block.Numbered ? $"{++number}. {item}" : $"• {item}", run => run) with { Spacing = spacing };
            number = Math.Max(number, 1);
        }
    }

    /// <summary>The ladder: four columns, the current level bold in the accent colour, the others subtle.</summary>
    public static ColumnSet Ladder(LadderBlock block) =>
        new([.. block.Levels.Select(level => new Column([
                Literal(level.Name, run => level.Level == block.Current ? run with { Weight = TextWeight.Bolder, Color = TextColor.Accent } : run with { IsSubtle = true }),
                Literal(level.RoleLabel ?? "", run => run with { Size = TextSize.Small, IsSubtle = true }) with { Spacing = Spacing.None },
            ])
            { Width = "stretch" })])
        { Spacing = Spacing.Medium };

    /// <summary>Words quoted from a reference article, under its heading, with the article named as the source.</summary>
    public static Container Quote(QuoteBlock block)
    {
        var items = new List<CardElement>();
        if (block.Heading is not null)
        {
            items.Add(Literal(block.Heading, run => run with { Weight = TextWeight.Bolder, Size = TextSize.Small }));
        }

        items.Add(Literal($"“{block.Text}”", run => run with { Italic = true }) with { Spacing = Spacing.Small });
        items.Add(Literal($"Source: {block.Citation}", run => run with { Size = TextSize.Small, IsSubtle = true }) with { Spacing = Spacing.Small });
        return new Container(items) { Spacing = Spacing.Medium, Separator = true };
    }

    /// <summary>
    /// A section that folds: a title line (the title, what it holds, and "Show") that opens the section's content when
    /// clicked and closes it when clicked again; closed at first, and "Show" gives way to the content while it is open.
    /// Hidden content is still in the card, for search and for screen readers that read the whole card.
    /// </summary>
    public static IEnumerable<CardElement> Section(SectionBlock block, string id, IReadOnlyList<CardElement> content)
    {
        var show = $"{id}s";
        yield return new ColumnSet([
            new Column([new RichTextBlock([new TextRun(block.Title) { Weight = TextWeight.Bolder }, new TextRun($" · {block.Summary}") { IsSubtle = true }])]) { Width = "stretch" },
            new Column([new TextBlock("Show") { Id = show, Color = TextColor.Accent }]) { Width = "auto" },
        ])
        {
            Separator = true,
            SelectAction = new ToggleVisibilityAction($"Show or hide {block.Title}", [id, show]),
        };
        yield return new Container(content) { Id = id, IsVisible = false };
    }

    /// <summary>
    /// The full names of the sources used in the card, linked only where the source is certain; then, once, how the
    /// framework's level statements are sourced and the framework's copyright line, where the card shows its content.
    /// </summary>
    public static Container SourceFooter(IReadOnlyCollection<SourceEntry> sources, Credits credits)
    {
        var items = new List<CardElement>();
        if (sources.Count > 0)
        {
            items.Add(new TextBlock(sources.Count == 1 ? "Source" : "Sources") { Weight = TextWeight.Bolder, Size = TextSize.Small });
        }

        items.AddRange(sources.Select(source => new RichTextBlock(
            [new TextRun(ListViews.Describe(source, withUrl: false)) { Size = TextSize.Small, SelectAction = source.Url is null ? null : new OpenUrlAction(source.Url) { Title = source.Name } }])
        { Spacing = Spacing.None }));
        foreach (var line in new[] { credits.FrameworkWide, credits.Copyright }.OfType<string>())
        {
            items.Add(Literal(line, run => run with { Size = TextSize.Small, IsSubtle = true }) with { Spacing = Spacing.Small });
        }

        return new Container(items) { Spacing = Spacing.Large, Separator = true };
    }

    /// <summary>At most three buttons in a row: more never fit a card's width in Teams and Web Chat.</summary>
    public const int MaxActionsPerSet = 3;

    /// <summary>The verb of every button that asks the bot a question; the question itself is in the data.</summary>
    public const string AskVerb = "ask";

    /// <summary>
    /// The buttons, each an Action.Execute asking its question as if typed (answered in place), with an Action.Submit
    /// asking the same for hosts without Universal Actions; in rows of at most three that fit the card's width.
    /// </summary>
    public static IEnumerable<ActionSet> ActionBar(IReadOnlyList<NextQuestion> questions)
    {
        foreach (var row in Rows(questions))
        {
            yield return new ActionSet([.. row.Select(Button)]) { Spacing = Spacing.Small };
        }
    }

    /// <summary>The button that asks <paramref name="question"/>.</summary>
    private static ExecuteAction Button(NextQuestion question)
    {
        var data = new QuestionData(question.Question) { Part = question.Part > 1 ? question.Part : null };
        return new ExecuteAction(question.Title, AskVerb, data) { Fallback = new SubmitAction(question.Title, data) };
    }

    /// <summary>
    /// Rows in order, each holding as many buttons as fit a card's width (the 468 px inside a 500 px card, estimated
    /// from the titles' lengths at Teams' 14 px semibold) and no more than three.
    /// </summary>
    private static List<List<NextQuestion>> Rows(IReadOnlyList<NextQuestion> questions)
    {
        const double RowWidth = 468, CharacterWidth = 7.6, ButtonPadding = 34;
        var rows = new List<List<NextQuestion>>();
        var width = 0.0;
        foreach (var question in questions)
        {
            var button = (question.Title.Length * CharacterWidth) + ButtonPadding;
            if (rows.Count == 0 || rows[^1].Count == MaxActionsPerSet || width + button > RowWidth)
            {
                rows.Add([]);
                width = 0;
            }

            rows[^1].Add(question);
            width += button;
        }

        return rows;
    }

    /// <summary>
    /// "3. Customer escalation handling — confer with ...": the number and the title in bold, then the description;
    /// with <paramref name="citations"/>, what the statement cites (or that it cites nothing) in small grey at its end.
    /// </summary>
    private static RichTextBlock Statement(string prefix, string? title, string description, IReadOnlyCollection<Citation>? citations)
    {
        List<TextRun> runs = title is null
            ? [new TextRun($"{prefix}{description}")]
            : [new TextRun($"{prefix}{title}") { Weight = TextWeight.Bolder }, new TextRun($" — {description}")];
        if (citations is not null)
        {
            runs.Add(new TextRun(citations.Count == 0 ? $" ({NoSourceCited})" : $" (cites: {string.Join(" · ", citations.Select(citation => citation.Label))})")
            {
                Size = TextSize.Small,
                IsSubtle = true,
                Italic = citations.Count == 0 ? true : null,
            });
        }

        return new RichTextBlock(runs) { Spacing = Spacing.Medium };
    }

    private static RichTextBlock SectionHeading(string text) =>
        Literal(text, run => run with { Weight = TextWeight.Bolder, Color = TextColor.Accent }) with { Spacing = Spacing.Large };

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
