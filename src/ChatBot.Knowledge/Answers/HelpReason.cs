namespace ChatBot.Knowledge.Answers;

public enum HelpReason
{
    /// <summary>The question was not understood.</summary>
    NotUnderstood,

    /// <summary>The question named a level but the store holds several occupations and it named none of them.</summary>
    OccupationNotNamed,
}
