using ChatBot.Knowledge.Model;

namespace ChatBot.Replies.Views;

/// <summary>
/// The questions behind the buttons, phrased as a person would type them so a click reads the same way, each titled
/// with where it leads ("AI use at Developing"), so no two buttons of a card share a title.
/// </summary>
internal static class Ask
{
    public static NextQuestion Level(ProficiencyLevel level) => new($"{level} level", $"What is expected at the {level} level?");

    public static NextQuestion Ai(ProficiencyLevel level) => new($"AI use at {level}", $"How is AI used at the {level} level?");

    public static NextQuestion DurableSkills(ProficiencyLevel level) => new($"Durable skills at {level}", $"Durable skills at the {level} level");

    public static NextQuestion Compare(ProficiencyLevel left, ProficiencyLevel right) => new($"{left} vs {right}", $"Compare {left} and {right}");

    public static NextQuestion Progression(ProficiencyLevel from, ProficiencyLevel to) => new($"From {from} to {to}", $"How do I get from {from} to {to}?");

    /// <param name="domain">The domain's name.</param>
    /// <param name="level">One level, or null for every level.</param>
    /// <param name="title">Another title, where the card makes plain where it leads (a list of the domains).</param>
    public static NextQuestion Domain(string domain, ProficiencyLevel? level, string? title = null) =>
        level is { } value
            ? new(title ?? $"{domain} at {value}", $"{domain} skills at the {value} level")
            : new(title ?? $"{domain}, all levels", $"{domain} skills at every level");

    public static NextQuestion Sources => new("All sources", "What sources does the framework use?");

    public static NextQuestion Evidence => new("Evidence pack", "Show the evidence pack");

    public static NextQuestion Domains => new("Skill domains", "What are the skill domains?");

    public static NextQuestion Help => new("Help", "help");

    /// <summary>Previous level, next level, AI use, durable skills, compare with the next level, sources: the usual next steps from a level.</summary>
    public static IEnumerable<NextQuestion> AroundLevel(ProficiencyLevel level)
    {
        if (level > ProficiencyLevel.Emerging)
        {
            yield return Level(level - 1);
        }

        if (level < ProficiencyLevel.Advanced)
        {
            yield return Level(level + 1);
        }

        yield return Ai(level);
        yield return DurableSkills(level);
        if (level < ProficiencyLevel.Advanced)
        {
            yield return Compare(level, level + 1);
        }

        yield return Sources;
    }
}
