using System.Collections.Frozen;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Import;

/// <summary>
/// How the frameworks name their four levels. Role levels use Emerging/Developing/Proficient/Advanced; the
/// durable-skill domains use the Pathsmith scale, whose Applying and Exceeding sit at Proficient and Advanced.
/// </summary>
internal static class LevelNames
{
    private static readonly FrozenDictionary<string, ProficiencyLevel> RoleLevels =
        new Dictionary<string, ProficiencyLevel>(StringComparer.OrdinalIgnoreCase)
        {
            ["Emerging"] = ProficiencyLevel.Emerging,
            ["Developing"] = ProficiencyLevel.Developing,
            ["Proficient"] = ProficiencyLevel.Proficient,
            ["Advanced"] = ProficiencyLevel.Advanced,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, ProficiencyLevel> DomainLevels =
        new Dictionary<string, ProficiencyLevel>(StringComparer.OrdinalIgnoreCase)
        {
            ["Emerging"] = ProficiencyLevel.Emerging,
            ["Developing"] = ProficiencyLevel.Developing,
            ["Applying"] = ProficiencyLevel.Proficient,
            ["Exceeding"] = ProficiencyLevel.Advanced,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static bool TryParseRoleLevel(string name, out ProficiencyLevel level) =>
        RoleLevels.TryGetValue(name.Trim(), out level);

    public static bool TryParseDomainLevel(string name, out ProficiencyLevel level) =>
        DomainLevels.TryGetValue(name.Trim(), out level);
}
