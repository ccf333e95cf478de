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

    /// <summary>The ladder of levels: "the second one" is the second level.</summary>
    Ladder,

    /// <summary>Pay, from a reference article: "and 911 operators?" next asks their pay.</summary>
    Pay,
}
