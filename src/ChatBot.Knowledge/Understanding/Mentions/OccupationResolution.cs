using System.Collections.Immutable;
using ChatBot.Knowledge.Search;

namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>Which occupation a question is about, how it was found, and what else the question said about occupations.</summary>
internal sealed record OccupationResolution
{
    public FrameworkIndex? Framework { get; init; }

    /// <summary>True when the question itself names the occupation (title, related title or SOC code).</summary>
    public bool Named { get; init; }

    public RelatedTitle? RelatedTitle { get; init; }

    /// <summary>Several occupations fit and neither the question nor the context picks one.</summary>
    public ImmutableArray<FrameworkIndex> Choices { get; init; } = [];

    /// <summary>An occupation noun the store does not hold ("teacher"), when the question names no held occupation.</summary>
    public string? UnknownOccupation { get; init; }
}
