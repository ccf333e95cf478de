using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Answers;

/// <summary>One domain's statements at one level.</summary>
public sealed record DomainStatements(SkillDomain Domain, StatementGroup Group);
