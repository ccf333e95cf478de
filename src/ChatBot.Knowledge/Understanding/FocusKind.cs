namespace ChatBot.Knowledge.Understanding;

/// <summary>What kind of answer the conversation last gave.</summary>
public enum FocusKind
{
    Level,
    Compare,
    Progression,
    Domain,
    AiUsage,
    Other,
    DomainCompare,
    AiCompare,
    DurableSkills,
    Sections,
    Evidence,
    List,
    Statement,
    Search,
    Sources,
}
