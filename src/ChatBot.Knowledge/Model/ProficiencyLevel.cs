namespace ChatBot.Knowledge.Model;

/// <summary>The four mastery levels every framework uses, in ladder order.</summary>
public enum ProficiencyLevel
{
    Emerging = 1,
    Developing = 2,
    Proficient = 3,
    Advanced = 4,
}
