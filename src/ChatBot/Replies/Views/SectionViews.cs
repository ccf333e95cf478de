using System.Collections.Immutable;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;

namespace ChatBot.Replies.Views;

/// <summary>Views of the framework's sections beyond the ladder: durable-skill domains, AI usage, the evidence pack.</summary>
internal static class SectionViews
{
    public static AnswerView Domain(DomainAnswer answer)
    {
        var single = answer.Groups.Length == 1 ? answer.Groups[0] : null;
        var where = single is null ? "at every level" : $"at {LevelName(single)}";
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = $"{answer.Domain.Name} {where}",
            SelfContainedQuestion = Ask.Domain(answer.Domain.Name, single?.Level).Question,
            Subheading = "Durable-skill domain",
            Lead = $"{answer.Domain.Name} {where}: {answer.Groups.Sum(group => group.Statements.Length)} statements from the {answer.Framework.Occupation.Title} framework.",
            Blocks = [.. answer.Groups.Select(group => new StatementsBlock(LevelName(group), group.Statements, Sourcing.PerStatement))],
            Sources = answer.Sources,
            NextQuestions = single is null
                ? [Ask.Domains, Ask.Sources]
                : [.. Around(single.Level).Select(level => Ask.Domain(answer.Domain.Name, level)),
                    Ask.Domain(answer.Domain.Name, null), Ask.Level(single.Level), Ask.Domains],
        };
    }

    public static AnswerView DomainList(DomainListAnswer answer)
    {
        if (answer.Level is { } level)
        {
            return new AnswerView
            {
                Framework = answer.Framework,
                Heading = $"Durable skills at {level}",
                SelfContainedQuestion = Ask.DurableSkills(level).Question,
                Subheading = $"{answer.AtLevel.Length} domains",
                Lead = $"The durable-skill statements at the {level} level, domain by domain.",
                Blocks = [
                    new NoteBlock($"{LevelViews.Count(answer.AtLevel.Sum(domain => domain.Group.Statements.Length), "statement")} at {level}, in {LevelViews.Count(answer.AtLevel.Length, "domain")}; each statement names what it cites. Open a domain to read its statements."),
                    .. answer.AtLevel.Select(domain => new SectionBlock(
                        $"{domain.Domain.Name} · {LevelName(domain.Group)}", LevelViews.Count(domain.Group.Statements.Length, "statement"), [new StatementsBlock(null, domain.Group.Statements, Sourcing.PerStatement)])),
                ],
                Sources = answer.Sources,
                NextQuestions = [Ask.Level(level), Ask.Ai(level), Ask.Domains, Ask.Sources],
            };
        }

        var domains = answer.Framework.Domains;
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = "Durable-skill domains",
            Subheading = $"{domains.Length} domains, each at four levels",
            Lead = $"The {domains.Length} durable-skill domains of the {answer.Framework.Occupation.Title} framework: {string.Join(", ", domains.Select(domain => domain.Name))}.",
            Blocks = [new ItemsBlock(null, [.. domains.Select(domain => $"{domain.Name} ({domain.StatementCount} statements)")], Numbered: true)],
            Sources = answer.Sources,
            NextQuestions = [.. domains.Take(5).Select(domain => Ask.Domain(domain.Name, null, domain.Name)), Ask.Sources],
        };
    }

    /// <summary>
    /// AI use at one level (its statements, then the evidence pack folded), or at every level (a line of counts, then a
    /// folded section per level and the evidence pack).
    /// </summary>
    public static AnswerView AiUsage(AiUsageAnswer answer)
    {
        var single = answer.Groups.Length == 1 ? answer.Groups[0] : null;
        var evidence = EvidenceSummary(answer.Framework);
        ImmutableArray<ViewBlock> blocks = single is not null
            ? [new StatementsBlock(single.LevelName, single.Statements, Sourcing.PerStatement), evidence]
            :
            [
                new NoteBlock($"AI use at each level: {string.Join(", ", answer.Groups.Select(group => $"{group.LevelName} {LevelViews.Count(group.Statements.Length, "statement")}"))}; each statement names what it cites. Open a level to read its statements."),
                .. answer.Groups.Select(group => new SectionBlock($"AI use at {group.LevelName}", LevelViews.Count(group.Statements.Length, "statement"), [new StatementsBlock(null, group.Statements, Sourcing.PerStatement)])),
                evidence,
            ];
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = single is null ? "AI use at every level" : $"AI use at {single.LevelName}",
            SelfContainedQuestion = single is null ? "How is AI used at each level?" : Ask.Ai(single.Level).Question,
            Subheading = "How a worker uses, directs and evaluates AI tools",
            Lead = single is null
                ? $"How each level uses AI, with the evidence each statement cites."
                : $"How a worker at {single.LevelName} uses AI: {single.Statements.Length} statements, each with the sources it cites.",
            Blocks = blocks,
            Sources = answer.Sources,
            NextQuestions = single is null
                ? [Ask.Evidence, Ask.Sources]
                : [.. Around(single.Level).Select(Ask.Ai), Ask.Level(single.Level), Ask.Evidence, Ask.Sources],
        };
    }

    public static AnswerView Evidence(EvidenceAnswer answer)
    {
        var blocks = new List<ViewBlock>();
        if (answer.Asked is { } asked)
        {
            blocks.Add(new NoteBlock($"{asked.Label ?? answer.AskedGroup}: {asked.Value} ({answer.AskedGroup}).", Emphasis: true));
        }

        foreach (var group in answer.Framework.EvidencePack)
        {
            var labelled = group.Facts.Where(fact => fact.Label is not null).Select(fact => (fact.Label!, fact.Value)).ToImmutableArray();
            var bare = group.Facts.Where(fact => fact.Label is null).Select(fact => fact.Value).ToImmutableArray();
            blocks.Add(labelled.IsEmpty ? new ItemsBlock(group.Name, bare, Numbered: false) : new FactsBlock(group.Name, labelled));
        }

        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = "Evidence pack",
            Subheading = "AI usage (AEI), automation feasibility (SAFI) and skills cluster (WEF)",
            Lead = answer.Asked is { } fact
                ? $"{fact.Label ?? answer.AskedGroup}: {fact.Value} ({answer.AskedGroup}, from the evidence pack)."
                : "The evidence pack behind the AI-usage statements.",
            Blocks = [.. blocks],
            Sources = answer.Sources,
            NextQuestions = [new NextQuestion("AI use at every level", "How is AI used at each level?"), Ask.Sources],
        };
    }

    /// <summary>The evidence pack's labelled figures in one fact list, folded under the AI-usage statements they support.</summary>
    private static SectionBlock EvidenceSummary(OccupationFramework framework)
    {
        var figures = framework.EvidencePack.SelectMany(group => group.Facts.Where(fact => fact.Label is not null).Select(fact => ($"{fact.Label}", fact.Value))).ToList();
        return new SectionBlock("Evidence pack", LevelViews.Count(figures.Count, "figure"), [new FactsBlock(null, [.. figures])]);
    }

    private static string LevelName(StatementGroup group) =>
        group.LevelName == group.Level.ToString() ? group.LevelName : $"{group.LevelName} ({group.Level})";

    private static IEnumerable<ProficiencyLevel> Around(ProficiencyLevel level)
    {
        if (level > ProficiencyLevel.Emerging)
        {
            yield return level - 1;
        }

        if (level < ProficiencyLevel.Advanced)
        {
            yield return level + 1;
        }
    }
}
