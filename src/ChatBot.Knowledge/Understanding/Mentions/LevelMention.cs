using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>
/// A level named in a message: which level, where (word position), what it is to the speaker, and how much it counts
/// (1 where the message asks, less in background, negative where negated). A relative mention ("the level above")
/// has no level of its own until the conversation supplies one.
/// </summary>
internal sealed record LevelMention(ProficiencyLevel? Level, int Position, LevelRole Role, double Weight, int Shift = 0)
{
    /// <summary>"the level above", "one down": a step from the conversation's level, not a level of its own.</summary>
    public bool IsRelative => Level is null;

    /// <summary>A step from another person's level, not the speaker's: "the level above him", "two steps above where she is".</summary>
    public bool FromOtherPerson { get; init; }

    /// <summary>The level meant, given the conversation's level for a relative mention.</summary>
    public ProficiencyLevel? Resolve(ProficiencyLevel? contextLevel) =>
        Level ?? (contextLevel is { } here ? Clamp((int)here + Shift) : null);

    public static ProficiencyLevel Clamp(int level) => (ProficiencyLevel)Math.Clamp(level, (int)ProficiencyLevel.Emerging, (int)ProficiencyLevel.Advanced);
}
