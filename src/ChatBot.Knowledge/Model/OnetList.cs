namespace ChatBot.Knowledge.Model;

/// <summary>The O*NET lists a framework page carries.</summary>
public enum OnetList
{
    Tasks,
    Technology,
    Skills,
    KnowledgeDomains,
    Abilities,
    WorkStyles,
    RelatedTitles,
}
