namespace ChatBot.Knowledge.Model;

/// <summary>Where a statement sits: its section, its level (as the role ladder and as the section names it) and its domain.</summary>
public sealed record StatementPlace(StatementSection Section, ProficiencyLevel Level, string LevelName, string? DomainName)
{
    /// <summary>"Proficient level", "AI usage · Developing", "Metacognition · Applying (Proficient)".</summary>
    public string Describe() => Section switch
    {
        StatementSection.RoleLevel => $"{LevelName} level",
        StatementSection.AiUsage => $"AI usage · {LevelName}",
        _ => LevelName == Level.ToString() ? $"{DomainName} · {LevelName}" : $"{DomainName} · {LevelName} ({Level})",
    };
}
