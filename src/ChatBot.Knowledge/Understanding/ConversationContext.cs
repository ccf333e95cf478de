using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// What a conversation has been about, for follow-ups ("and at Advanced?", "what about AI at that level?", "which of
/// those cite Pathsmith?"). An immutable value: reading a question returns the next context, which the host stores
/// per conversation. Small and serializable: the host may keep it in a distributed cache.
/// </summary>
public sealed record ConversationContext
{
    public static ConversationContext Empty { get; } = new();

    public string? SocCode { get; init; }

    /// <summary>The level the conversation is at: "that level", "the one above" count from it.</summary>
    public ProficiencyLevel? Level { get; init; }

    /// <summary>The level the person asking said they are at ("I'm a senior dispatcher"): "my level" later means it.</summary>
    public ProficiencyLevel? SpeakerLevel { get; init; }

    /// <summary>The last durable-skill domain asked about.</summary>
    public string? DomainName { get; init; }

    /// <summary>What the previous answer was about: a follow-up keeps it and changes only what it names.</summary>
    public ConversationFocus? Focus { get; init; }

    /// <summary>The statements the previous answer showed, in order: "the second one", "which of those cite Pathsmith?".</summary>
    public ImmutableArray<StatementRef> Items { get; init; } = [];

    public bool Equals(ConversationContext? other) =>
        other is not null && SocCode == other.SocCode && Level == other.Level && SpeakerLevel == other.SpeakerLevel && DomainName == other.DomainName &&
        Equals(Focus, other.Focus) && Items.AsSpan().SequenceEqual(other.Items.AsSpan());

    public override int GetHashCode() => HashCode.Combine(SocCode, Level, SpeakerLevel, DomainName, Focus, Items.Length);
}
