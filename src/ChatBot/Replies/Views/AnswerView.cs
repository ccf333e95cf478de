using System.Collections.Immutable;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;

namespace ChatBot.Replies.Views;

/// <summary>
/// An answer laid out for people, independent of the channel: a header, blocks of content, the sources used and
/// the natural next questions. The card renderer and the text renderer both draw from it: a card folds each
/// <see cref="SectionBlock"/> behind its title line and asks each next question with a button answered in place,
/// text prints everything; both say under the sources what <see cref="Credits"/> works out from the blocks.
/// </summary>
internal sealed record AnswerView
{
    /// <summary>The framework the header describes; null for answers about the bot itself.</summary>
    public OccupationFramework? Framework { get; init; }

    public required string Heading { get; init; }

    public string? Subheading { get; init; }

    /// <summary>One line that stands for the whole answer: the message text beside the card and the notification.</summary>
    public required string Lead { get; init; }

    /// <summary>The content in order; a long answer puts a line of counts first and wraps each part in a <see cref="SectionBlock"/>.</summary>
    public ImmutableArray<ViewBlock> Blocks { get; init; } = [];

    public ImmutableArray<SourceEntry> Sources { get; init; } = [];

    /// <summary>The buttons, each titled with where it leads (see <see cref="Ask"/>); no two alike.</summary>
    public ImmutableArray<NextQuestion> NextQuestions { get; init; } = [];

    /// <summary>
    /// A question that asks for this same answer without needing the conversation ("How do I get from Developing to
    /// Proficient?"): "Show more" asks it again, when the context may have moved on. Null: the typed question is.
    /// </summary>
    public string? SelfContainedQuestion { get; init; }
}
