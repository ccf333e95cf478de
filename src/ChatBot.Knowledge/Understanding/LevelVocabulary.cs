using System.Collections.Frozen;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>The words in a question that name a level.</summary>
internal static class LevelVocabulary
{
    private static readonly FrozenDictionary<string, ProficiencyLevel> Words =
        new Dictionary<string, ProficiencyLevel>(StringComparer.OrdinalIgnoreCase)
        {
            ["emerging"] = ProficiencyLevel.Emerging,
            ["developing"] = ProficiencyLevel.Developing,
            ["proficient"] = ProficiencyLevel.Proficient,
            ["advanced"] = ProficiencyLevel.Advanced,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The distinct levels the words name, in the order they first appear.</summary>
    public static IReadOnlyList<ProficiencyLevel> LevelsNamed(IEnumerable<string> words) =>
        [.. words.Select(word => Words.TryGetValue(word, out var level) ? level : (ProficiencyLevel?)null)
            .OfType<ProficiencyLevel>()
            .Distinct()];
}
