using System.Collections.Immutable;

namespace ChatBot.Knowledge.Model;

/// <summary>One framework statement: a short title and what it expects, with the sources it cites.</summary>
public sealed record Statement
{
    /// <summary>1-based position within its list, as the framework numbers it.</summary>
    public required int Position { get; init; }

    /// <summary>The statement's title; null when the source glues it to the description and nothing can split them.</summary>
    public required string? Title { get; init; }

    public required string Description { get; init; }

    /// <summary>The sources the statement cites; empty when it cites none (never guessed).</summary>
    public ImmutableArray<Citation> Citations { get; init; } = [];
}
