using ChatBot.Knowledge.Model;

namespace ChatBot.Soak;

/// <summary>What a correct answer lists: a role level's statements, a durable-skill domain's at a level, or AI use at a level.</summary>
internal sealed record Expectation(AnswerKind Kind, RoleLevel Level, SkillDomain? Domain = null)
{
    /// <summary>The same kind of answer at another level: what a follow-up such as "and at Advanced?" should get.</summary>
    public Expectation At(RoleLevel level) => this with { Level = level };

    /// <summary>The statements as the card shows them ("Title — description"), in order, straight from the store.</summary>
    public IReadOnlyList<string> Statements(OccupationFramework framework)
    {
        var statements = Kind switch
        {
            AnswerKind.Level => Level.Statements,
            AnswerKind.Domain => Domain!.Groups.Single(group => group.Level == Level.Level).Statements,
            _ => framework.FindAiUsage(Level.Level)?.Statements ?? [],
        };
        return [.. statements.Select(statement => statement.Title is null ? statement.Description : $"{statement.Title} — {statement.Description}")];
    }

    public string Describe() => Kind switch
    {
        AnswerKind.Level => $"the {Level.Name} level",
        AnswerKind.Domain => $"{Domain!.Name} at {Level.Name}",
        _ => $"AI use at {Level.Name}",
    };
}
