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
        var evidence = EvidenceSummary(answer);
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

    /// <summary>One section at two levels, side by side, each statement with the sources it cites.</summary>
    public static AnswerView SectionCompare(SectionCompareAnswer answer)
    {
        var section = answer.Domain?.Name ?? "AI use";
        var left = Column(answer.LeftGroup, answer.Left);
        var right = Column(answer.RightGroup, answer.Right);
        var count = (answer.LeftGroup?.Statements.Length ?? 0) + (answer.RightGroup?.Statements.Length ?? 0);
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = $"{section}: {answer.Left.Name} compared with {answer.Right.Name}",
            SelfContainedQuestion = answer.Domain is null
                ? $"Compare AI use at {answer.Left.Level} and {answer.Right.Level}"
                : $"Compare {answer.Domain.Name} at {answer.Left.Level} and {answer.Right.Level}",
            Subheading = answer.Domain is null ? "How a worker uses, directs and evaluates AI tools" : "Durable-skill domain",
            Lead = $"{section} at {left.Heading} and at {right.Heading}: {count} statements from the {answer.Framework.Occupation.Title} framework, each with the sources it cites.",
            Blocks = [new ColumnsBlock(left, right)],
            Sources = answer.Sources,
            NextQuestions = answer.Domain is { } domain
                ? [Ask.Domain(domain.Name, answer.Left.Level), Ask.Domain(domain.Name, answer.Right.Level), Ask.Domain(domain.Name, null), Ask.Compare(answer.Left.Level, answer.Right.Level)]
                : [Ask.Ai(answer.Left.Level), Ask.Ai(answer.Right.Level), Ask.Compare(answer.Left.Level, answer.Right.Level), Ask.Evidence],
        };
    }

    /// <summary>
    /// Several sections at one level in one reply: the level's statements, its AI use, the domains asked for, O*NET
    /// lists and the evidence pack, each a section that opens on its own, with the counts on top.
    /// </summary>
    public static AnswerView Sections(SectionsAnswer answer)
    {
        var level = answer.Level;
        var blocks = new List<ViewBlock>();
        var names = new List<string>();
        if (answer.LevelStatements)
        {
            blocks.Add(new SectionBlock($"{level.Name} level statements", LevelViews.Count(level.Statements.Length, "statement"), [new StatementsBlock(null, level.Statements, Sourcing.FrameworkWide)]));
            names.Add("its statements");
        }

        if (answer.AiUsage is { } ai)
        {
            blocks.Add(new SectionBlock($"AI use at {ai.LevelName}", LevelViews.Count(ai.Statements.Length, "statement"), [new StatementsBlock(null, ai.Statements, Sourcing.PerStatement)]));
            names.Add("AI use");
        }

        blocks.AddRange(answer.Domains.Select(domain => new SectionBlock(
            $"{domain.Domain.Name} · {LevelName(domain.Group)}", LevelViews.Count(domain.Group.Statements.Length, "statement"), [new StatementsBlock(null, domain.Group.Statements, Sourcing.PerStatement)])));
        names.AddRange(answer.Domains.Select(domain => domain.Domain.Name));
        foreach (var (list, items) in answer.Lists)
        {
            blocks.Add(new SectionBlock($"{ListNames.Of(list)} (every level)", LevelViews.Count(items.Length, "item"), [new ItemsBlock(null, items, Numbered: list == OnetList.Tasks)]));
            names.Add(ListNames.Of(list).ToLowerInvariant());
        }

        if (!answer.Evidence.IsEmpty)
        {
            blocks.Add(new SectionBlock("Evidence pack", LevelViews.Count(EvidenceFigures.Count(answer.Framework), "figure"), [.. EvidenceFigures.Groups(answer.Framework, answer.Sources)]));
            blocks.Add(EvidenceFigures.PageValues(answer.Framework));
            names.Add("the evidence pack");
        }

        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = $"{level.Name}: {string.Join(", ", names)}",
            Subheading = level.RoleLabel,
            Lead = $"{level.Name}{LevelViews.Label(level)}: {string.Join(", ", names)}, as the {answer.Framework.Occupation.Title} framework states them.",
            Blocks = [.. blocks],
            Sources = answer.Sources,
            NextQuestions = [Ask.Level(level.Level), Ask.Ai(level.Level), Ask.DurableSkills(level.Level), Ask.Sources],
        };
    }

    /// <summary>
    /// The evidence pack in words: the figure asked for first, then each group's figures with what each is and its
    /// source; the page's own values (identifiers such as "Q2_ai_augmented") only in a folded section, for whoever
    /// needs to match them to the page.
    /// </summary>
    public static AnswerView Evidence(EvidenceAnswer answer)
    {
        var blocks = new List<ViewBlock>();
        var asked = answer.Asked is { } fact && answer.Framework.EvidencePack.FirstOrDefault(group => group.Name == answer.AskedGroup) is { } from
            ? EvidenceFigures.Of(from, fact, answer.Sources)
            : null;
        if (asked is not null)
        {
            blocks.Add(new NoteBlock($"{asked.Label} ({answer.AskedGroup}): {asked.Value}. {asked.Meaning}", Emphasis: true));
        }

        blocks.AddRange(EvidenceFigures.Groups(answer.Framework, answer.Sources));
        blocks.Add(EvidenceFigures.PageValues(answer.Framework));
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = "Evidence pack",
            Subheading = "AI usage (AEI), automation feasibility (SAFI) and skills cluster (WEF)",
            Lead = asked is not null
                ? $"{asked.Label} ({answer.AskedGroup}): {asked.Value}, from the evidence pack; source: {asked.Source}."
                : "The evidence pack behind the AI-usage statements: each figure, what it is and where it comes from.",
            Blocks = [.. blocks],
            Sources = answer.Sources,
            NextQuestions = [new NextQuestion("AI use at every level", "How is AI used at each level?"), Ask.Sources],
        };
    }

    /// <summary>The evidence pack's figures, in words and with their sources, folded under the AI-usage statements they support.</summary>
    private static SectionBlock EvidenceSummary(AiUsageAnswer answer) =>
        new("Evidence pack", LevelViews.Count(EvidenceFigures.Count(answer.Framework), "figure"), [.. EvidenceFigures.Groups(answer.Framework, answer.Sources)]);

    private static StatementsBlock Column(StatementGroup? group, RoleLevel level) =>
        new(group is null ? level.Name : LevelName(group), group?.Statements ?? [], Sourcing.PerStatement);

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
