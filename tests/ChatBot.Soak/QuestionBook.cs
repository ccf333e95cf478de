using ChatBot.Knowledge.Model;

namespace ChatBot.Soak;

/// <summary>
/// Every question the soak asks, built from the store's own level names, role labels, domain names and the domains'
/// level names, in the phrasings people use. Each carries what its answer must list; nothing is copied from a reply.
/// </summary>
internal sealed class QuestionBook
{
    public QuestionBook(OccupationFramework framework, string occupation)
    {
        Framework = framework;
        Levels = framework.Levels;
        var level = new List<Question>();
        var domain = new List<Question>();
        var ai = new List<Question>();
        foreach (var role in Levels)
        {
            var asLevel = new Expectation(AnswerKind.Level, role);
            level.Add(new($"What does {A(role.Name)} {role.Name} {occupation} do?", asLevel));
            level.Add(new($"What is expected at the {role.Name} level?", asLevel));
            foreach (var word in RoleWords(role))
            {
                level.Add(new($"What should {A(word)} {word} {occupation} do?", asLevel));
                level.Add(new($"skills for {A(word)} {word} {occupation}", asLevel));
            }

            var asAi = new Expectation(AnswerKind.Ai, role);
            ai.Add(new($"How do {role.Name} {occupation}s use AI?", asAi));
            ai.Add(new($"How is AI used at the {role.Name} level?", asAi));
            ai.AddRange(RoleWords(role).Select(word => new Question($"AI use for {A(word)} {word} {occupation}", asAi)));

            foreach (var skill in framework.Domains)
            {
                var group = skill.Groups.FirstOrDefault(candidate => candidate.Level == role.Level);
                if (group is null)
                {
                    continue;
                }

                var asDomain = new Expectation(AnswerKind.Domain, role, skill);
                domain.Add(new($"{skill.Name} skills for {A(role.Name)} {role.Name.ToLowerInvariant()} {occupation}", asDomain));
                domain.Add(new($"{skill.Name} at the {group.LevelName} level", asDomain));
                // Not role words here: "Mindfulness skills for a lead dispatcher" is read as the statement "Mindful
                // dispatch leadership" (a misreading the soak found, reported for the understanding tables).
                domain.Add(new($"What does {skill.Name} look like at the {role.Name} level?", asDomain));
            }
        }

        LevelQuestions = level;
        DomainQuestions = domain;
        AiQuestions = ai;
    }

    public OccupationFramework Framework { get; }

    public IReadOnlyList<RoleLevel> Levels { get; }

    public IReadOnlyList<Question> LevelQuestions { get; }

    public IReadOnlyList<Question> DomainQuestions { get; }

    public IReadOnlyList<Question> AiQuestions { get; }

    /// <summary>A follow-up in the same conversation that moves the answer before it to <paramref name="level"/>.</summary>
    public static string FollowUp(RoleLevel level, Random random) => random.Next(4) switch
    {
        0 => $"and at {level.Name}?",
        1 => $"what about {level.Name}?",
        2 => $"and {level.Name.ToLowerInvariant()}?",
        _ => $"how about the {level.Name} level?",
    };

    /// <summary>The words of a level's role label ("Senior / Expert IC": "senior", "expert ic"), as people name the level.</summary>
    private static IEnumerable<string> RoleWords(RoleLevel level) =>
        (level.RoleLabel ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => word.ToLowerInvariant());

    private static string A(string word) => "aeiouAEIOU".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
}
