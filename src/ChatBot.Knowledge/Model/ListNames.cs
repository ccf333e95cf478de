namespace ChatBot.Knowledge.Model;

/// <summary>How the framework page titles its O*NET lists.</summary>
public static class ListNames
{
    public static string Of(OnetList list) => list switch
    {
        OnetList.Tasks => "Tasks",
        OnetList.Technology => "Technology",
        OnetList.Skills => "O*NET skills",
        OnetList.KnowledgeDomains => "Knowledge domains",
        OnetList.Abilities => "Abilities",
        OnetList.WorkStyles => "Work styles",
        _ => "Related titles",
    };
}
