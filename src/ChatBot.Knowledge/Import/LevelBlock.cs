using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Import;

/// <summary>A level heading on the page, the role label under it (role levels only) and its numbered items.</summary>
internal sealed class LevelBlock(string name, ProficiencyLevel level)
{
    public string Name { get; } = name;

    public ProficiencyLevel Level { get; } = level;

    public string? RoleLabel { get; set; }

    public List<NumberedItem> Items { get; } = [];
}
