using ChatBot.Knowledge.Model;

namespace ChatBot.Replies.Views;

/// <summary>
/// What an answer says once, under its sources, about the framework's content it shows: that the level statements
/// cite no sources one by one and which sources the export names for the framework as a whole, and the framework's
/// copyright line. Worked out from the blocks the view shows (sections opened), so every answer says it the same way,
/// a new view gets it right by using the blocks, and what is not the framework's own (an article quoted, the evidence
/// pack's figures, O*NET's lists and codes) never stands under the framework's copyright line.
/// </summary>
internal sealed record Credits(string? FrameworkWide, string? Copyright)
{
    public static Credits None { get; } = new(null, null);

    public bool IsEmpty => FrameworkWide is null && Copyright is null;

    public static Credits For(AnswerView view)
    {
        if (view.Framework is not { } framework)
        {
            return None;
        }

        var blocks = Opened(view.Blocks).ToList();
        var levelStatements = blocks.Any(block => block switch
        {
            StatementsBlock { Sourcing: Sourcing.FrameworkWide } statements => !statements.Statements.IsEmpty,
            PlacedStatementsBlock placed => placed.Hits.Any(hit => hit.Section == StatementSection.RoleLevel),
            _ => false,
        });
        var statements = blocks.Any(block => block switch
        {
            StatementsBlock list => !list.Statements.IsEmpty,
            PlacedStatementsBlock placed => placed.Hits.Any(hit => hit.IsStatement),
            _ => false,
        });
        var frameworkWords = blocks.Any(block => block is NoteBlock { QuotesFramework: true });

        var names = Join([.. framework.LevelSources.Select(source => source.Name)]);
        var frameworkWide = levelStatements
            ? names is null
                ? "Level statements cite no sources one by one, and the framework's export names none for the framework as a whole."
                : $"Level statements cite no sources one by one; the framework's export names {names} as sources for the framework as a whole."
            : frameworkWords && names is not null ? $"The framework's export names {names} as sources for the framework as a whole." : null;
        var copyright = (statements || frameworkWords) && framework.Attribution is { } attribution ? $"Framework content {attribution}" : null;
        return new Credits(frameworkWide, copyright);
    }

    /// <summary>The blocks, with every section opened and both columns of a comparison.</summary>
    private static IEnumerable<ViewBlock> Opened(IEnumerable<ViewBlock> blocks) => blocks.SelectMany(block => block switch
    {
        SectionBlock section => Opened(section.Blocks),
        ColumnsBlock columns => [columns.Left, columns.Right],
        _ => [block],
    });

    /// <summary>"A, B and C"; null for none.</summary>
    private static string? Join(IReadOnlyList<string> names) => names.Count switch
    {
        0 => null,
        1 => names[0],
        _ => $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}",
    };
}
