namespace ChatBot.Knowledge.Understanding;

public enum HelpReason
{
    /// <summary>The bot was added, or the user greeted it or asked for help.</summary>
    Welcome,

    /// <summary>The question was not understood.</summary>
    NotUnderstood,

    /// <summary>The user said thanks.</summary>
    Thanks,
}
