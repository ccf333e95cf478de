namespace ChatBot.Knowledge.Model;

public enum ImportSeverity
{
    /// <summary>The file loaded; something in it was recorded as it stands.</summary>
    Warning,

    /// <summary>The file did not load.</summary>
    Error,
}
