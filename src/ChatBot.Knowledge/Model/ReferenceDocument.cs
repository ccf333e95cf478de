using System.Collections.Immutable;

namespace ChatBot.Knowledge.Model;

/// <summary>A document the bot can cite beside the frameworks, such as an article on where an occupation's boundary lies.</summary>
public sealed record ReferenceDocument
{
    public required string FileName { get; init; }

    public required string Title { get; init; }

    /// <summary>The standfirst under the title, if the document has one.</summary>
    public string? Summary { get; init; }

    public required ImmutableArray<DocumentSection> Sections { get; init; }

    /// <summary>How answers cite this document: its title is the only attribution it carries.</summary>
    public Citation Citation => new(Title, Title);
}
