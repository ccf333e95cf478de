namespace ChatBot.Knowledge.Understanding;

public enum FocusKind
{
    Level,
    Compare,
    Progression,
    Domain,
    AiUsage,
    Other,
}
