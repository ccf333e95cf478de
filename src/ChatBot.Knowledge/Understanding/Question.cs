using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>What a chat message asks, resolved against the store.</summary>
public abstract record Question;

/// <summary>"What does a Proficient dispatcher do?": one level of one occupation.</summary>
public sealed record LevelQuestion(OccupationFramework Framework, ProficiencyLevel Level) : Question;

/// <summary>A level question that names no occupation the store can pick out of several.</summary>
public sealed record WhichOccupationQuestion(ProficiencyLevel Level) : Question;

/// <summary>Anything the bot does not understand yet: answered with what it covers.</summary>
public sealed record HelpQuestion : Question;
