namespace ChatBot.Knowledge.Model;

/// <summary>Which part of a framework a statement belongs to.</summary>
public enum StatementSection
{
    RoleLevel,
    AiUsage,
    Domain,
}
