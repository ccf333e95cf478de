using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>A level named in a question, and where (word index), so "from X to Y" keeps its order.</summary>
internal sealed record LevelMention(ProficiencyLevel Level, int Position);
