using System.Collections.Immutable;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;

namespace ChatBot.Replies.Views;

/// <summary>A piece of an answer view.</summary>
internal abstract record ViewBlock;

/// <summary>
/// The bot's own words (an explanation, a yes or no). <paramref name="QuotesFramework"/>: the words include the
/// framework's own (what it covers), so the card credits the framework for them as for its statements.
/// </summary>
internal sealed record NoteBlock(string Text, bool Emphasis = false, bool QuotesFramework = false) : ViewBlock;

/// <summary>Statements in order, title in bold, each sourced as <paramref name="Sourcing"/> says.</summary>
internal sealed record StatementsBlock(string? Heading, ImmutableArray<Statement> Statements, Sourcing Sourcing) : ViewBlock;

/// <summary>Statements that each say where they belong (a statement found by title, search results).</summary>
internal sealed record PlacedStatementsBlock(ImmutableArray<SearchHit> Hits, bool ShowWhere = true) : ViewBlock;

/// <summary>Two statement lists side by side.</summary>
internal sealed record ColumnsBlock(StatementsBlock Left, StatementsBlock Right) : ViewBlock;

internal sealed record FactsBlock(string? Heading, ImmutableArray<(string Label, string Value)> Facts) : ViewBlock;

internal sealed record ItemsBlock(string? Heading, ImmutableArray<string> Items, bool Numbered) : ViewBlock;

/// <summary>The four levels in a row, the one the answer is about marked: where it sits on the ladder.</summary>
internal sealed record LadderBlock(ImmutableArray<RoleLevel> Levels, ProficiencyLevel Current) : ViewBlock;

/// <summary>Words quoted from a reference document, cited by its title.</summary>
internal sealed record QuoteBlock(string? Heading, string Text, string Citation) : ViewBlock;

/// <summary>
/// A part of a long answer that folds: a title line saying what it holds (<paramref name="Summary"/>: "3 statements"),
/// and its blocks. A card shows the title line and opens the blocks on a click; plain text prints everything. Any
/// view folds a part of its answer by wrapping its blocks in one; the card stays short, and nothing is left out.
/// </summary>
internal sealed record SectionBlock(string Title, string Summary, ImmutableArray<ViewBlock> Blocks) : ViewBlock;

/// <summary>A figure as people read it: its label and value, one line on what it is, and where it comes from.</summary>
internal sealed record Figure(string Label, string Value, string Meaning, string Source);

/// <summary>Figures under a heading (a group of the evidence pack), each with what it is and its source.</summary>
internal sealed record FiguresBlock(string? Heading, ImmutableArray<Figure> Figures) : ViewBlock;
